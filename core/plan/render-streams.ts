// The facade's TCP and MLLP ports in the plan's Markdown: rows of each phase's routing table, and
// once per plan how the senders of those messages are cut over (message interception at the
// facade's TCP port: the senders never change their address).
import { escapeMarkdown as md, markdownCode as code } from './markup.ts';
import type { Phase, Plan } from './model.ts';
import type { StreamEntry } from '../system/types.ts';

/** `port 2575 (MLLP)`, or with a Gateway shared by namespaces each one's port: `(MLLP; hie-prod: 2575, hie-test: 2576)`. */
function portLabel(s: StreamEntry): string {
  const each = (s.listeners ?? []).map((l) => `${l.namespace}: ${l.port}`).join(', ');
  return `port ${s.port} (${s.protocol.toUpperCase()}${each === '' ? '' : `; ${each}`})`;
}

/** Routing-table rows (Path, Goes to, State, For) of a phase's stream ports. */
export function streamTableRows(phase: Phase): string[][] {
  return (phase.streams ?? []).map((s) => [
    md(portLabel(s)),
    md(s.backends.map((b) => (s.backends.length > 1 ? `${b.service} ${b.weight}%` : b.service)).join(', ')),
    s.state,
    code(s.node),
  ]);
}

function phaseWhere(plan: Plan, node: string, state: StreamEntry['state']): Phase | undefined {
  return plan.phases.find((p) => (p.streams ?? []).some((s) => s.node === node && s.state === state));
}

function cutoverLine(plan: Plan, s: StreamEntry): string {
  const first = s.backends[0]?.service ?? '';
  const moved = phaseWhere(plan, s.node, 'new');
  const split = phaseWhere(plan, s.node, 'canary');
  const parts = [
    `- ${code(s.node)}: senders keep one address, the facade's ${md(portLabel(s))}, for the whole migration.`,
  ];
  if (moved === undefined || s.state === 'new') {
    parts.push(`Every connection goes to ${code(first)}.`);
    return parts.join(' ');
  }
  if (split !== undefined) {
    const share = split.streams?.find((x) => x.node === s.node)?.backends.find((b) => b.service === s.node);
    parts.push(
      `Until phase ${split.index} every connection goes to ${code(first)}; in phase ${split.index} the facade sends ${share?.weight ?? 0}% of connections to ${code(s.node)}.`,
    );
  } else
    parts.push(
      `Up to phase ${moved.index - 1} every connection goes to ${code(first)} (in phase ${moved.index - 1} ${code(s.node)} already runs beside it: this facade cannot weight TCP backends).`,
    );
  parts.push(`From phase ${moved.index} every connection goes to ${code(s.node)}.`);
  return parts.join(' ');
}

/** How the senders of each stream port are cut over, read from the phases' stream rows. */
export function streamCutover(plan: Plan): string[] {
  const first = plan.phases[0]?.streams ?? [];
  if (first.length === 0) return [];
  return [
    '## Message senders (TCP, MLLP)',
    '',
    "Messages that arrive over TCP are intercepted at the facade: it listens on the component's port and passes each connection on, so the cut-over happens there and no sender is reconfigured. The facade moves whole connections, not message types: every message a sender sends on one connection reaches the same backend.",
    '',
    ...first.map((s) => cutoverLine(plan, s)),
    '',
  ];
}
