// Named operations for what a component holds and what its supplier signed: the data classes it
// holds, where that data may live, and the agreements in place. Each is one edit (one undo step);
// values come out in the canonical order, so the file does not change when only the order would.
import { AGREEMENTS, DATA_CLASSES } from '../compliance/classes.ts';
import type { MapDocument } from '../format/parse.ts';
import { editFailed, type EditResult } from './commit.ts';
import { setNodeField } from './operations.ts';
import type { Agreement, DataClass, MapNode } from './types.ts';

function componentAt(document: MapDocument, id: string): MapNode | EditResult {
  const nodes = document.map.nodes;
  const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
  if (!node) return editFailed('edit/missing', `there is no node '${id}' on the map`, id);
  if (node.kind !== 'component')
    return editFailed('edit/data', `'${id}' is a ${node.kind}; only components hold data or sign agreements`, id);
  return node;
}

function isResult(value: MapNode | EditResult): value is EditResult {
  return 'ok' in value;
}

/** The classes `id` holds; none removes its data (and with it the residency) from the map. */
export function setDataClasses(document: MapDocument, id: string, classes: readonly string[]): EditResult {
  const node = componentAt(document, id);
  if (isResult(node)) return node;
  const unknown = classes.filter((c) => !(DATA_CLASSES as readonly string[]).includes(c));
  if (unknown.length > 0)
    return editFailed('edit/data', `unknown data class ${unknown.join(', ')} (known: ${DATA_CLASSES.join(', ')})`, id);
  const held = DATA_CLASSES.filter((c) => classes.includes(c));
  if (held.length === 0) return setNodeField(document, id, 'data', undefined);
  const residency = node.data?.residency;
  const data = residency === undefined ? { classes: held } : { classes: held, residency: [...residency] };
  return setNodeField(document, id, 'data', data);
}

/** Where the data of `id` may live (site or region ids); none: anywhere. */
export function setResidency(document: MapDocument, id: string, sites: readonly string[]): EditResult {
  const node = componentAt(document, id);
  if (isResult(node)) return node;
  const classes: DataClass[] = [...(node.data?.classes ?? [])];
  if (classes.length === 0)
    return editFailed('edit/data', `'${id}' holds no sensitive data: choose its data classes first`, id);
  const kept = [...new Set(sites.map((s) => s.trim()).filter((s) => s !== ''))];
  return setNodeField(document, id, 'data', kept.length === 0 ? { classes } : { classes, residency: kept });
}

/** The agreements the supplier of `id` has signed; none removes the field. */
export function setAgreements(document: MapDocument, id: string, agreements: readonly string[]): EditResult {
  const node = componentAt(document, id);
  if (isResult(node)) return node;
  const unknown = agreements.filter((a) => !(AGREEMENTS as readonly string[]).includes(a));
  if (unknown.length > 0)
    return editFailed(
      'edit/agreements',
      `unknown agreement ${unknown.join(', ')} (known: ${AGREEMENTS.join(', ')})`,
      id,
    );
  const signed: Agreement[] = AGREEMENTS.filter((a) => agreements.includes(a));
  return setNodeField(document, id, 'agreements', signed.length === 0 ? undefined : signed);
}
