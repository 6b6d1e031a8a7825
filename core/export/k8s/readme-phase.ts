// The bundle README's "Migration phase" section: which phase this bundle deploys, the phase model
// in a few lines, how data owners move their writes (only the moves this map's plan makes), the
// facade's routing table and stream ports, and the retirement steps of the last phase. A map
// without a plan gets two lines.
import { MIRROR_HOST_ENV, type DataMove } from '../../system/data-moves.ts';
import { derivedName } from '../../system/names.ts';
import { catchAllName } from '../../system/route-manifests.ts';
import { facadeSplits } from '../../system/topology.ts';
import { DEFAULT_PHASE, type DeploymentModel } from './model.ts';
import { plainIngress } from './edge.ts';
import { uncalledSection } from './uncalled.ts';
import { markdownText } from './markdown-text.ts';
import { streamSection } from './readme-streams.ts';
import { PARKED_ANNOTATION } from './workloads.ts';

/** The phase model in a few lines: what this bundle deploys and how to move to the next phase. */
export function phaseSection(model: DeploymentModel): string[] {
  const lines =
    model.last === 0
      ? [
          'This bundle deploys **phase 0 of 0**: the migration plan of this map has no phases (`mapwright plan` says why),',
          'so it is the end state and every path goes to the component that serves it.',
        ]
      : [
          ...phaseModelLines(model.phase, model.last, model.planCommand, facadeSplits(model.facade)),
          ...model.example,
          ...dataLines(model),
        ];
  const plain = plainIngress(model);
  // Behind a facade that cannot split every row has one backend, whole (core/system/routes.ts).
  const rows = model.routes.map((r) => routeRow(r, model.facade.kind === 'gateway' && !plain));
  const facade =
    model.facade.kind === 'controller'
      ? `The facade is the ingress controller \`${model.facade.id}\` from the map (Ingress class \`${model.facade.id}\`). ${controllerSplit(model)}`
      : plain
        ? `Routes are plain Ingresses (\`--ingress\`) of the cluster's default Ingress class; the network policies admit its controller from namespace \`${model.facade.namespace}\` (\`deployment.gateway.namespace\`). An Ingress cannot split, mirror or redirect: the table says what these Ingresses do, as \`${model.planCommand}\` does; canaries need the Gateway.${unredirectedText(model)}`
        : `The facade is the Gateway API gateway \`${model.facade.namespace}/${model.facade.name}\`; it must allow routes from the overlay's namespace.`;
  return [
    '## Migration phase',
    lines.join('\n'),
    ...retirementSteps(model),
    ...unreachedSteps(model),
    ...uncalledSection(model.uncalled),
    facade,
    rows.length === 0
      ? 'No routes at the facade in this phase.'
      : ['| path | state | backends |', '|---|---|---|', ...rows].join('\n'),
    ...streamSection(model),
  ];
}

/**
 * The one phase that removes workloads: the monolith goes in a phase of its own, after the
 * clean-up phase left it nothing but the catch-all, so the order of applying is not a risk.
 * `kubectl apply` never deletes, so the bundle says how to remove what it no longer lists.
 */
function retirementSteps(model: DeploymentModel): string[] {
  const retired = model.skipped.filter((s) => s.reason.startsWith('retired')).map((s) => s.id);
  if (retired.length === 0) return [];
  const namespaces = [...new Set(model.targets.map((t) => t.namespace))];
  const route = model.routeKind === 'httproute' ? 'httproute' : 'ingress';
  return [
    [
      '### Retiring the monolith in this phase',
      `Since the clean-up phase, ${retired.map((id) => `\`${id}\``).join(', ')} serves nothing but the catch-all route, which this phase drops.`,
      '`kubectl apply` does not delete what the bundle no longer lists: after applying, delete the monolith, its network',
      'policy and its catch-all route in each namespace:',
      ...retired.flatMap((id) =>
        namespaces.flatMap((ns) => [
          `- \`kubectl delete deployment,service,serviceaccount,configmap,hpa,pdb -n ${ns} -l app.kubernetes.io/instance=${id}\``,
          `- \`kubectl delete networkpolicy/${derivedName(id, 'allow')} ${route}/${catchAllName(id)} -n ${ns}\``,
        ]),
      ),
      '',
      `Or let \`kubectl apply\` prune them: every object of this bundle carries \`${PART_OF}=${model.partOf}\`, and the`,
      "allowlist names the bundle's kinds (the default list leaves out network policies, autoscalers, budgets and routes).",
      'Pruning deletes every object of those kinds with that label that this phase no longer lists, and only those',
      '`kubectl apply` created (Helm releases are left alone):',
      ...model.targets.map((t) => `- \`${pruneCommand(model, t.dir)}\``),
    ].join('\n'),
  ];
}

const PART_OF = 'app.kubernetes.io/part-of';

/** `kubectl apply -k DIR --prune` with the bundle's label and every kind it writes in an overlay. */
export function pruneCommand(model: DeploymentModel, dir: string): string {
  const kinds = [
    'core/v1/ConfigMap',
    'core/v1/Service',
    'core/v1/ServiceAccount',
    'apps/v1/Deployment',
    'autoscaling/v2/HorizontalPodAutoscaler',
    'policy/v1/PodDisruptionBudget',
    'networking.k8s.io/v1/NetworkPolicy',
    model.routeKind === 'httproute' ? 'gateway.networking.k8s.io/v1/HTTPRoute' : 'networking.k8s.io/v1/Ingress',
    ...(model.streams.length > 0 && model.facade.kind === 'gateway'
      ? ['gateway.networking.k8s.io/v1alpha2/TCPRoute']
      : []),
  ];
  return `kubectl apply -k ${dir} --prune -l ${PART_OF}=${model.partOf} ${kinds.map((k) => `--prune-allowlist=${k}`).join(' ')}`;
}

/**
 * What the retirement leaves without a caller (core/system/unreached.ts): said, with what the
 * bundle does with each, and how to remove the autoscaler the phase before left behind.
 */
function unreachedSteps(model: DeploymentModel): string[] {
  if (model.unreached.length === 0) return [];
  const namespaces = [...new Set(model.targets.map((t) => t.namespace))];
  const parked = model.builds.filter((c) => c.parked === true).map((c) => c.id);
  const retired = [...new Set(model.unreached.flatMap((u) => u.retired))].map((id) => `\`${id}\``).join(', ');
  return [
    [
      '### Unreached once the monolith is gone',
      `Nothing on the map calls these after ${retired} retires (\`plan/unreached-after-retirement\`): say on the map who`,
      "calls each (the caller's `uses` edge, or a path users reach) and re-export, or exclude it from the plan.",
      '',
      '| component | called before by | in this bundle |',
      '|---|---|---|',
      ...model.unreached.map(
        (u) =>
          `| \`${u.id}\` (${markdownText(u.name)}) | ${u.callers.map((c) => `\`${c}\``).join(', ')} | ${UNREACHED_OBJECTS[u.kind]} |`,
      ),
      ...(parked.length === 0
        ? []
        : [
            '',
            'The autoscaler of the phase before would scale a parked Deployment back up: delete it and the disruption budget',
            'in each namespace:',
            ...parked.flatMap((id) =>
              namespaces.map((ns) => `- \`kubectl delete hpa,pdb -n ${ns} -l app.kubernetes.io/instance=${id}\``),
            ),
          ]),
    ].join('\n'),
  ];
}

const UNREACHED_OBJECTS: Record<DeploymentModel['unreached'][number]['kind'], string> = {
  build: `Deployment at 0 replicas (annotation \`${PARKED_ANNOTATION}\`), no autoscaler or disruption budget; its NetworkPolicy admits nothing`,
  monolith: `Deployment at 0 replicas (annotation \`${PARKED_ANNOTATION}\`)`,
  buy: 'Helm release as before: charts name their replica count differently and a product may hold data, so scale it down with its own values, or uninstall it once its data is safe; its NetworkPolicy admits nothing',
  outsource: 'ExternalName Service as before; the managed service keeps running',
};

function phaseModelLines(phase: number, last: number, plan: string, splits: boolean): string[] {
  return [
    `This bundle deploys **phase ${phase} of ${last}** of the migration plan (\`${plan}\`).`,
    'Phase 0 is today with the facade in place: every path passes through to the monolith, nothing is strangled.',
    ...(splits
      ? [
          'Each later phase moves a few components: their paths are split 90/10 (or mirrored) in the phase that moves them,',
          'then sent whole to the new service. A clean-up phase after the last extraction sends every path whole to its new',
        ]
      : [
          'Each later phase moves a few components: the facade cannot split, so their paths stay whole on the monolith in the',
          'phase that moves them (the new service runs beside it, state `staged`), then go whole to the new service.',
          'A clean-up phase after the last extraction sends every path whole to its new',
        ]),
    'service, so only the catch-all still reaches the monolith; the last phase retires the monolith and its catch-all.',
    `\`mapwright export k8s MAP --phase N\` renders another phase (default ${DEFAULT_PHASE}; \`--phase last\` is the end state).`,
    'Apply the phases in order: the bundle of phase k only adds workloads and moves routes relative to phase k-1;',
    'only the last removes one, the monolith, which by then serves nothing but its catch-all.',
  ];
}

/** What a data owner's move means for writes: only the moves this map's plan makes. */
const DATA_MOVE_LINES: Record<DataMove, string[]> = {
  'by-method': [
    'At the Gateway only reads (GET, HEAD) are split or mirrored and every write goes to the monolith (an HTTPRoute',
    'rule per method set).',
  ],
  'write-through': [
    'Behind an ingress controller, which cannot match methods, our new service writes through the monolith (its policy',
    'allows that call).',
  ],
  'mirror-drop': [
    'ingress-nginx mirrors every method: mirrored copies arrive with Host `mirror.<host>` and no body; the overlay sets',
    `\`${MIRROR_HOST_ENV}=mirror.<host>\` on the mirrored Deployment, which answers requests with that Host without storing`,
    'or forwarding a write.',
  ],
  cutover: [
    'A bought or outsourced data owner can neither write through nor drop copies: its paths stay whole on the monolith',
    "(state `staged`) while its import copies the monolith's records, and the next phase sends them whole to it in one",
    'step (a freeze window on those writes while the import drains, then reverse sync).',
  ],
};

function dataLines(model: DeploymentModel): string[] {
  if (model.dataMoves.length === 0) return [];
  return [
    'While a component that owns data moves, the monolith stays its system of record.',
    ...model.dataMoves.flatMap((m) => DATA_MOVE_LINES[m]),
    "After its phase the owner's store is the record, and reverse sync writes its changes back through the monolith's",
    "API while the monolith runs: the one call this adds to the owner's NetworkPolicy (and the monolith's), on the",
    "monolith's port.",
    ...model.pulledSyncs.map(
      (p) =>
        `\`${p.owner}\` is a managed service outside the cluster and cannot call in: \`${p.monolith}\` pulls its changes from its API, the one egress this adds to \`${p.monolith}\`'s NetworkPolicy (port ${p.port}; ${model.closed.some((c) => c.from === p.monolith && c.to === p.owner) ? 'closed until the map gives its address ranges, `deploy.service.cidrs`, or `--network-policy cilium`: see the closed flows' : 'opened by its policy'}).`,
    ),
  ];
}

/** Paths a Gateway would redirect to a managed service: plain Ingresses leave them unrouted. */
function unredirectedText(model: DeploymentModel): string {
  if (model.unredirected.length === 0) return '';
  const rows = model.unredirected.map((u) => `\`${markdownText(u.path)}\` (${markdownText(u.hostname)})`);
  return ` No Ingress serves ${rows.join(', ')}: a plain Ingress cannot redirect to a managed service; send its users to that address, or use the Gateway.`;
}

function routeRow(r: DeploymentModel['routes'][number], methods: boolean): string {
  const to =
    r.redirect !== undefined
      ? `redirect to ${markdownText(r.redirect.hostname)}`
      : r.backends.map((b) => `${b.service}:${b.port} (${b.weight}%)`).join(', ');
  const mirror = r.mirror === undefined ? '' : `, mirrored to ${r.mirror.service}${mirroredWrites(r.mirror)}`;
  const writes =
    r.writes === undefined
      ? ''
      : `; writes to ${r.writes.service}:${r.writes.port} (${r.writes.by === 'write-through' ? 'write-through' : methods ? 'by method' : 'every request goes there'})`;
  return `| \`${markdownText(r.path)}\` | ${r.state} | ${to}${mirror}${writes} |`;
}

function mirroredWrites(m: NonNullable<DeploymentModel['routes'][number]['mirror']>): string {
  if (m.writes === 'dropped') return ` (writes dropped: Host \`mirror.<host>\`, \`${MIRROR_HOST_ENV}\`)`;
  return m.writes === 'not-mirrored' ? ' (reads only)' : '';
}

function controllerSplit(model: DeploymentModel): string {
  return model.facade.kind === 'controller' && model.facade.annotations === 'ingress-nginx'
    ? 'A canary is a second Ingress `<id>-canary` with `nginx.ingress.kubernetes.io/canary-weight`; a parallel run mirrors by `nginx.ingress.kubernetes.io/mirror-target` (for a data owner with `mirror-host` and `mirror-request-body: off`, so mirrored writes can be told apart and dropped).'
    : `Its Ingresses cannot split, mirror or redirect: the table says what they do, as \`${model.planCommand}\` does; canaries need the Gateway or ingress-nginx.${unredirectedText(model)}`;
}
