// Safeguard by safeguard (HIPAA's technical safeguards as the talks met them: encryption at rest
// and in transit, access control, audit logging, reliable backups, and where data may live):
// what the map and the exports put in place, and what is still open.
import type { Finding } from '../doctrine/finding.ts';
import type { MapNode, WardleyMap } from '../model/types.ts';
import { nodeEntries } from '../model/types.ts';
import { classesHeld, holdsSensitiveData } from './classes.ts';

export type SafeguardId =
  'encryption-at-rest' | 'encryption-in-transit' | 'access-control' | 'audit-logging' | 'backup' | 'residency';

export interface Safeguard {
  id: SafeguardId;
  title: string;
  status: 'covered' | 'open';
  controls: string[];
  open: string[];
}

interface Inputs {
  map: WardleyMap;
  holders: [string, MapNode][];
  index: Map<string, MapNode>;
  findings: readonly Finding[];
}

const AUDIT = /audit|access[- ]log/i;
const BACKUP = /backup|object-storage|archive storage/i;

export function safeguardsFor(map: WardleyMap, findings: readonly Finding[]): Safeguard[] {
  const entries = nodeEntries(map);
  const inputs: Inputs = {
    map,
    holders: entries.filter(([, n]) => holdsSensitiveData(n)),
    index: new Map(entries),
    findings,
  };
  return [
    atRest(inputs),
    inTransit(inputs),
    accessControl(inputs),
    auditLogging(inputs),
    backup(inputs),
    residency(inputs),
  ];
}

function safeguard(id: SafeguardId, title: string, controls: string[], open: string[]): Safeguard {
  return { id, title, status: open.length === 0 ? 'covered' : 'open', controls, open };
}

function built(holders: Inputs['holders']): string[] {
  return holders.filter(([, n]) => n.sourcing === 'build').map(([id]) => id);
}

function bought(holders: Inputs['holders']): string[] {
  return holders.filter(([, n]) => n.sourcing === 'buy').map(([id]) => id);
}

function supplied(holders: Inputs['holders']): [string, MapNode][] {
  return holders.filter(([, n]) => n.sourcing === 'buy' || n.sourcing === 'outsource');
}

function atRest({ map, holders }: Inputs): Safeguard {
  const storageClass = map.deployment?.sensitive?.storageClass;
  const ours = built(holders);
  const controls: string[] = [];
  const open: string[] = [];
  if (storageClass !== undefined && ours.length > 0)
    controls.push(`map: volumes of ${list(ours)} are to use the encrypted storage class '${storageClass}'`);
  if (storageClass !== undefined && bought(holders).length > 0)
    controls.push(
      `export k8s: the Helm releases of ${list(bought(holders))} set global.defaultStorageClass '${storageClass}'`,
    );
  else if (ours.length > 0)
    open.push(`no encrypted storage class named for ${list(ours)}: set deployment.sensitive.storageClass`);
  for (const [id, n] of supplied(holders)) {
    const agreements = (n.agreements ?? []).join(', ');
    if (n.sourcing === 'outsource' && agreements !== '')
      controls.push(
        `'${id}': the supplier encrypts, under ${agreements}; export k8s: its Terraform stub asks for encryption at rest and in transit and dedicated tenancy`,
      );
    else if (n.sourcing === 'outsource') open.push(`'${id}': no agreement binds the supplier to encrypt`);
    else if (storageClass === undefined)
      controls.push(`'${id}': self-hosted product; its volumes follow the cluster's storage class`);
  }
  return safeguard('encryption-at-rest', 'Encryption at rest', controls, open);
}

function inTransit({ holders }: Inputs): Safeguard {
  const ours = built(holders);
  const controls: string[] = [];
  const outsourced = supplied(holders).filter(([, n]) => n.sourcing === 'outsource');
  if (outsourced.length > 0) controls.push(`${list(outsourced.map(([id]) => id))}: reached over TLS at the supplier`);
  if (ours.length > 0)
    controls.push(
      `export k8s: the Services of ${list(ours)} serve https (appProtocol https, HTTPS probes) and their callers use https:// URLs`,
    );
  const secrets = ours.map((id) => `${id}-tls`);
  const open =
    ours.length > 0
      ? [`issue the certificates ${list(secrets)} (cert-manager or your CA), or carry TLS in a mesh`]
      : [];
  return safeguard('encryption-in-transit', 'Encryption in transit', controls, open);
}

function accessControl({ map, holders, index, findings }: Inputs): Safeguard {
  const pool = map.deployment?.sensitive?.nodePool;
  const controls: string[] = [];
  const open: string[] = [];
  for (const [id] of holders.filter(([, n]) => n.sourcing === 'build')) {
    const callers = [...index].filter(([, n]) => n.kind === 'component' && (n.uses ?? []).includes(id)).map(([c]) => c);
    controls.push(
      `'${id}': called only by ${callers.length > 0 ? list(callers) : 'the edge'} (default-deny NetworkPolicy)`,
    );
  }
  if (pool)
    controls.push(
      `map: dedicated nodes ${pool.label.key}=${pool.label.value}${pool.taint ? `, tainted ${pool.taint.key} (${pool.taint.effect})` : ''}; export k8s: holders select them (nodeSelector${pool.taint ? ' + toleration' : ''})`,
    );
  else if (built(holders).length > 0) open.push('no dedicated node pool: set deployment.sensitive.nodePool');
  for (const f of findings)
    if (f.rule === 'compliance/no-owner' || f.rule === 'compliance/missing-agreement') open.push(f.message);
  return safeguard('access-control', 'Access control', controls, open);
}

function usesMatching(id: string, node: MapNode, index: Map<string, MapNode>, pattern: RegExp): string[] {
  return (node.uses ?? []).filter((u) => {
    const used = index.get(u);
    return used !== undefined && u !== id && pattern.test(`${u} ${used.name} ${used.deploy?.service?.kind ?? ''}`);
  });
}

function auditLogging({ holders, index }: Inputs): Safeguard {
  const controls: string[] = [];
  const open: string[] = [];
  for (const [id, n] of holders) {
    if (AUDIT.test(`${id} ${n.name}`)) continue;
    const trails = usesMatching(id, n, index, AUDIT);
    if (trails.length > 0) controls.push(`'${id}' writes to ${list(trails)}`);
    else if (n.sourcing === 'build') open.push(`'${id}' (${classesHeld(n).join(', ')}) uses no audit trail`);
  }
  return safeguard('audit-logging', 'Audit logging', controls, open);
}

function backup({ holders, index }: Inputs): Safeguard {
  const controls: string[] = [];
  const open: string[] = [];
  for (const [id, n] of holders) {
    const stores = usesMatching(id, n, index, BACKUP);
    if (stores.length > 0) controls.push(`'${id}' is backed up to ${list(stores)}`);
    else if (n.sourcing === 'outsource') controls.push(`'${id}': backups are the supplier's, under its agreement`);
    else if (n.plan?.data === true || n.inside === undefined)
      open.push(`'${id}' has no backup on the map; restore one once before it goes live`);
  }
  return safeguard('backup', 'Backup', controls, open);
}

function residency({ map, holders, findings }: Inputs): Safeguard {
  const label = map.deployment?.sensitive?.residencyLabel ?? 'topology.kubernetes.io/region';
  const controls = holders
    .filter(([, n]) => n.data?.residency !== undefined)
    .map(
      ([id, n]) => `map: '${id}' stays in ${(n.data?.residency ?? []).join(', ')}; export k8s: ${pinning(n, label)}`,
    );
  const open = findings.filter((f) => f.rule === 'compliance/residency-escape').map((f) => f.message);
  return safeguard('residency', 'Residency', controls, open);
}

/** How the bundle keeps a holder's data on its sites, by who runs it. */
function pinning(n: MapNode, label: string): string {
  if (n.sourcing === 'outsource') return 'the residency input of its Terraform stub';
  const how = n.sourcing === 'buy' ? 'Helm values' : 'overlay patches';
  return `node affinity on ${label} (${how}) in the overlays of those sites`;
}

function list(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}
