// Named operations for how callers reach a component: its protocol (`deploy.protocol`) and, for a
// TCP or MLLP listener, the port the facade exposes for it (`deploy.streamPort`). Each is one edit
// (one undo step). A stream port means nothing without a stream protocol, so choosing another
// protocol removes it rather than leaving a port no export opens.
import type { MapDocument } from '../format/parse.ts';
import { editFailed, type EditResult } from './commit.ts';
import { setNodeField } from './operations.ts';
import type { DeployHints, MapNode } from './types.ts';

export type Protocol = NonNullable<DeployHints['protocol']>;
export const PROTOCOLS: readonly Protocol[] = ['http', 'grpc', 'tcp', 'mllp', 'amqp'];
/** Protocols the facade carries by port (a listener of their own) instead of by path. */
export const STREAM_PROTOCOL_LIST: readonly Protocol[] = ['tcp', 'mllp'];

function componentAt(document: MapDocument, id: string): MapNode | EditResult {
  const nodes = document.map.nodes;
  const node = Object.hasOwn(nodes, id) ? nodes[id] : undefined;
  if (!node) return editFailed('edit/missing', `there is no node '${id}' on the map`, id);
  if (node.kind !== 'component')
    return editFailed('edit/deploy', `'${id}' is a ${node.kind}; only components are deployed`, id);
  return node;
}

function isResult(value: MapNode | EditResult): value is EditResult {
  return 'ok' in value;
}

/** The deploy hints with `changes` applied; fields set to undefined go, and an empty block too. */
function changed(
  deploy: DeployHints | undefined,
  changes: { [K in keyof DeployHints]?: DeployHints[K] | undefined },
): DeployHints | undefined {
  const next: Record<string, unknown> = { ...deploy, ...changes };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return Object.keys(next).length > 0 ? (next as DeployHints) : undefined;
}

/** How callers reach `id`; undefined removes the hint (HTTP). A non-stream protocol drops the stream port. */
export function setDeployProtocol(document: MapDocument, id: string, protocol: string | undefined): EditResult {
  const node = componentAt(document, id);
  if (isResult(node)) return node;
  if (protocol !== undefined && !(PROTOCOLS as readonly string[]).includes(protocol))
    return editFailed('edit/deploy', `unknown protocol ${protocol} (known: ${PROTOCOLS.join(', ')})`, id);
  const chosen = protocol as Protocol | undefined;
  const stream = chosen !== undefined && STREAM_PROTOCOL_LIST.includes(chosen);
  const deploy = changed(node.deploy, { protocol: chosen, ...(stream ? {} : { streamPort: undefined }) });
  return setNodeField(document, id, 'deploy', deploy);
}

/** The facade port of `id`'s TCP or MLLP listener; undefined removes it (MLLP then uses 2575). */
export function setStreamPort(document: MapDocument, id: string, port: number | undefined): EditResult {
  const node = componentAt(document, id);
  if (isResult(node)) return node;
  const protocol = node.deploy?.protocol;
  if (port !== undefined && (protocol === undefined || !STREAM_PROTOCOL_LIST.includes(protocol)))
    return editFailed('edit/deploy', `'${id}' has no TCP or MLLP listener: choose protocol tcp or mllp first`, id);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535))
    return editFailed('edit/deploy', `stream port ${port} is not a port (a whole number from 1 to 65535)`, id);
  return setNodeField(document, id, 'deploy', changed(node.deploy, { streamPort: port }));
}
