// How callers reach a component: its protocol and, for a TCP or MLLP listener, the port the facade
// exposes for it. Each change is one named core operation (core/model/deploy-protocol.ts), so one
// undo step; a refused value (a port out of range) shows as an edit error.
import {
  PROTOCOLS,
  setDeployProtocol,
  setStreamPort,
  STREAM_PROTOCOL_LIST,
} from '../../../core/model/deploy-protocol.ts';
import type { MapNode } from '../../../core/model/types.ts';
import { DEFAULT_STREAM_PORTS } from '../../../core/system/streams.ts';
import { applyEdit } from '../../store/edits.ts';
import { NumberField, SelectField } from '../fields.tsx';

const PROTOCOL_NAMES: Readonly<Record<(typeof PROTOCOLS)[number], string>> = {
  http: 'HTTP',
  grpc: 'gRPC',
  tcp: 'TCP (a listener of its own)',
  mllp: 'MLLP (HL7 v2 over TCP)',
  amqp: 'AMQP (messages through a broker)',
};

const OPTIONS: readonly (readonly [string, string])[] = [
  ['', '(not said: HTTP)'],
  ...PROTOCOLS.map((p) => [p, PROTOCOL_NAMES[p]] as const),
];

export function ProtocolFields({ id, node }: { id: string; node: MapNode }) {
  const protocol = node.deploy?.protocol;
  const stream = protocol !== undefined && STREAM_PROTOCOL_LIST.includes(protocol);
  const fallback = protocol === undefined ? undefined : DEFAULT_STREAM_PORTS.get(protocol);
  return (
    <>
      <SelectField
        label="Protocol"
        value={protocol ?? ''}
        options={OPTIONS}
        onChange={(v) => applyEdit((d) => setDeployProtocol(d, id, v === '' ? undefined : v))}
      />
      {stream && (
        <NumberField
          label={fallback === undefined ? 'Stream port (needed)' : `Stream port (default ${fallback})`}
          step={1}
          value={node.deploy?.streamPort}
          onCommit={(v) => applyEdit((d) => setStreamPort(d, id, v))}
        />
      )}
    </>
  );
}
