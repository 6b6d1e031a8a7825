// Data classes and the agreement a supplier must sign before it may hold or receive each one:
// HIPAA's business associate agreement for PHI, GDPR's data processing agreement for personal
// data, a PCI DSS attestation for card data, an NDA for business secrets.
import type { Agreement, DataClass, MapNode } from '../model/types.ts';

export const DATA_CLASSES: readonly DataClass[] = ['phi', 'pii', 'pci', 'confidential'];
export const AGREEMENTS: readonly Agreement[] = ['baa', 'dpa', 'pci-dss', 'scc', 'nda'];

export const REQUIRED_AGREEMENT: Readonly<Record<DataClass, Agreement>> = {
  phi: 'baa',
  pii: 'dpa',
  pci: 'pci-dss',
  confidential: 'nda',
};

export const DATA_CLASS_NAMES: Readonly<Record<DataClass, string>> = {
  phi: 'protected health information',
  pii: 'personal data',
  pci: 'payment card data',
  confidential: 'confidential business data',
};

/** The classes a node holds, in the canonical order. */
export function classesHeld(node: MapNode): DataClass[] {
  if ((node.data?.classes.length ?? 0) === 0) return [];
  const held = new Set<DataClass>(node.data?.classes ?? []);
  return DATA_CLASSES.filter((c) => held.has(c));
}

export function holdsSensitiveData(node: MapNode): boolean {
  return node.kind === 'component' && (node.data?.classes.length ?? 0) > 0;
}

/** A bought or outsourced component: a supplier is involved, so agreements matter. */
export function hasSupplier(node: MapNode): boolean {
  return node.kind === 'component' && (node.sourcing === 'buy' || node.sourcing === 'outsource');
}
