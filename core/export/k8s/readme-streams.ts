// The bundle README's stream section: which port of the facade reaches which workload in this
// phase, and what the platform must add for it (a Gateway listener per namespace, or nothing
// beyond the ingress-nginx release's `tcp:` values).
import { streamListenerName } from '../../system/stream-manifests.ts';
import { carriesStreams, STREAM_EXPOSURE_OPTIONS } from '../../system/streams.ts';
import type { DeploymentModel } from './model.ts';

function listenerBlock(model: DeploymentModel, namespace: string): string[] {
  return model.streams.flatMap((s) => [
    `- name: ${streamListenerName(namespace, s)}`,
    '  protocol: TCP',
    `  port: ${s.listeners?.find((l) => l.namespace === namespace)?.port ?? s.port}`,
    '  allowedRoutes:',
    '    kinds: [{ kind: TCPRoute }]',
    `    namespaces: { from: Selector, selector: { matchLabels: { kubernetes.io/metadata.name: ${namespace} } } }`,
  ]);
}

function howExposed(model: DeploymentModel): string[] {
  if (model.facade.kind === 'controller')
    return [
      `The \`${model.facade.id}\` release's \`tcp:\` values (helmfile.yaml) open each port on the controller's Service and`,
      'send it to one Service: without weights, a port moves whole, one phase after the component started.',
    ];
  const gateway = `${model.facade.namespace}/${model.facade.name}`;
  const blocks = model.targets.flatMap((t) => [
    `Listeners of \`${gateway}\` for \`${t.namespace}\`:`,
    '',
    '```yaml',
    ...listenerBlock(model, t.namespace),
    '```',
  ]);
  return [
    'Each overlay has a TCPRoute (gateway.networking.k8s.io/v1alpha2) per port, attached by `sectionName` to a TCP',
    'listener of the Gateway that the platform team adds (this bundle does not own the Gateway). Two listeners of one',
    "Gateway cannot share a port, so each environment's namespace has its own: the senders of an environment use the",
    "port of its namespace (the stream table's last column); the Service behind it keeps the component's port.",
    '',
    ...blocks,
  ];
}

/**
 * Listeners a facade without TCP exposure leaves closed: their Services carry the port, but no
 * route or policy lets anything reach it. The README says so and what the platform team adds.
 */
function unexposedSection(model: DeploymentModel): string[] {
  const listeners = [...model.builds, ...model.products].flatMap((c) => c.streams.map((st) => ({ id: c.id, ...st })));
  if (carriesStreams(model.facade) || listeners.length === 0) return [];
  const facade =
    model.facade.kind === 'controller'
      ? `The facade \`${model.facade.id}\` is an ingress controller without a documented way to carry TCP`
      : 'Plain Ingresses (`--ingress`) cannot carry TCP (export without `--ingress` for TCPRoutes)';
  return [
    '### Stream ports (TCP, MLLP): not exposed',
    [
      `${facade}, so these listeners are`,
      'not reachable from outside the cluster in this bundle (their Services carry the port; no NetworkPolicy admits anything',
      `on it). The platform team adds ${STREAM_EXPOSURE_OPTIONS}, and admits it on the port;`,
      "until then the senders keep the monolith's own address (the plan's interception is a router there).",
    ].join('\n'),
    [
      '| workload | port | protocol |',
      '|---|---|---|',
      ...listeners.map((l) => `| \`${l.id}\` | ${l.port} | ${l.protocol.toUpperCase()} |`),
    ].join('\n'),
  ];
}

export function streamSection(model: DeploymentModel): string[] {
  if (model.streams.length === 0) return unexposedSection(model);
  const shared = model.streams.some((s) => s.listeners !== undefined);
  const rows = model.streams.map((s) => {
    const each = shared ? ` ${(s.listeners ?? []).map((l) => `\`${l.namespace}\`: ${l.port}`).join(', ')} |` : '';
    return `| ${s.port} | ${s.protocol.toUpperCase()} | \`${s.node}\` | ${s.state} | ${s.backends.map((b) => `\`${b.service}\` ${b.weight}%`).join(', ')} |${each}`;
  });
  const head = shared
    ? ['| port | protocol | for | state | backends | facade port per namespace |', '|---|---|---|---|---|---|']
    : ['| port | protocol | for | state | backends |', '|---|---|---|---|---|'];
  return [
    '### Stream ports (TCP, MLLP)',
    [
      'Messages that arrive over TCP (HL7 over MLLP, for example) are intercepted at the facade: senders keep one address,',
      "the facade's port, which reaches the monolith until the component's phase and the new service after it.",
      'Each listener admits the facade only, on its port.',
    ].join('\n'),
    [...head, ...rows].join('\n'),
    howExposed(model).join('\n'),
  ];
}
