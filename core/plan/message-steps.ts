// The words of a message interception: where the messages are intercepted (the facade's stream
// port, or a router in front of the monolith's listener), what its phase asks of them, and how
// it is undone. A facade that moves a port whole (ingress-nginx) moves its connections one phase
// after the component: in its own phase the new service takes none.
import { STREAM_EXPOSURE_OPTIONS, streamOf } from '../system/streams.ts';
import { protocolOf, type StepContext } from './step-context.ts';

/**
 * The facade's stream port moves connections, not messages: a sender's connection carries every
 * message type it sends to one backend. Only a router in front of the monolith's listener routes
 * by message type.
 */
export function messageCriterion(s: StepContext): string {
  const stream = atFacade(s);
  const id = s.candidate.id;
  const proto = protocolOf(s);
  if (stream === undefined) return `every ${proto} message type the router sends to ${id} ${MESSAGE_TAIL}`;
  // Its connections move only in the next phase: here it is rehearsed on replayed messages.
  if (s.streamsWhole !== undefined)
    return `${id} takes no ${proto} connections in this phase (${s.streamsWhole} moves port ${stream.port} whole, in phase ${s.phase + 1}): ${proto} messages captured at the facade's port ${stream.port} and replayed into ${id} are acknowledged; messages in = messages out`;
  return `every ${proto} message ${id} receives on the connections the facade's port ${stream.port} passes to it (whole connections, every message type their senders send) ${MESSAGE_TAIL}`;
}

const MESSAGE_TAIL =
  'is acknowledged; messages in = messages out and negative acknowledgements at or below the phase-0 baseline for 7 days';

/** What the phase that gives it every connection of its port asks (core/plan/whole-traffic.ts). */
export function wholeStreamCriterion(protocol: string, id: string, port: number): string {
  return `every ${protocol.toUpperCase()} message ${id} receives on every connection of the facade's port ${port} ${MESSAGE_TAIL}`;
}

/** Undoing it: messages back to the monolith, unless its port never moved in this phase. */
export function messageRollback(s: StepContext, routeBack: string): string {
  const stream = atFacade(s);
  if (stream !== undefined && s.streamsWhole !== undefined)
    return `stop ${s.candidate.id}: the facade's port ${stream.port} kept every connection on ${s.candidate.monolith} in this phase${routeBack}`;
  return `send every ${protocolOf(s)} message back to ${s.candidate.monolith} at the interception point${routeBack}`;
}

/** Its stream listener, when the facade carries it (interception at the facade's port). */
function atFacade(s: StepContext): { port: number } | undefined {
  const stream = streamOf(s.candidate.node);
  return stream !== undefined && s.streamless === undefined ? stream : undefined;
}

/**
 * Where a component's messages are intercepted. A TCP or MLLP listener the facade carries (its
 * stream port): there, so the senders keep their address and only the backend moves; otherwise
 * (AMQP, TCP without a port) a router in front of the monolith's listener.
 */
export function interception(s: StepContext): [string, string] {
  const proto = protocolOf(s);
  const id = s.candidate.id;
  const m = s.candidate.monolith;
  const stream = streamOf(s.candidate.node);
  if (atFacade(s) !== undefined && stream !== undefined)
    return [
      `the facade's ${proto} port ${stream.port} intercepts ${s.name}'s messages: its connections reach ${m} until ${id} takes them, and the senders keep their address`,
      `send every connection of the facade's ${proto} port ${stream.port} to ${id}`,
    ];
  // A facade without TCP exposure: the senders reach the monolith's own listener, so the
  // interception stays a router there, and moving the senders needs exposure the map lacks.
  const exposure =
    stream !== undefined && s.streamless !== undefined
      ? ` once the platform team has exposed ${id}'s ${proto} listener outside the cluster (${s.streamless} carries HTTP only: add ${STREAM_EXPOSURE_OPTIONS})`
      : '';
  return [
    `${proto === 'TCP' ? 'a' : 'an'} ${proto} router in front of ${m}'s listener sends ${s.name}'s message types to ${id}, the rest through`,
    `point the senders of ${s.name}'s messages at ${id}${exposure} and take its rules out of the router`,
  ];
}
