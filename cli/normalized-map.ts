// The map as `mapwright show --format json` prints it: every node with every field present
// (null where the file leaves it out, [] for lists, false for flags) plus what is derived from it
// (the stage), so scripts read any map without parsing YAML or knowing the defaults.
import { stageBoundaries, stageLabels, stageOf, type Stage } from '../core/doctrine/stages.ts';
import { classesHeld } from '../core/compliance/classes.ts';
import { nodeEntries, type Agreement, type DataClass, type MapNode, type WardleyMap } from '../core/model/types.ts';

export interface NormalizedNode {
  id: string;
  kind: MapNode['kind'];
  name: string;
  evolution: number;
  visibility: number;
  stage: Stage;
  stageLabel: string;
  uses: string[];
  usedBy: string[];
  sourcing: MapNode['sourcing'] | null;
  inside: string | null;
  evolve: number | null;
  inertia: boolean;
  team: string | null;
  note: string | null;
  url: string | null;
  deploy: MapNode['deploy'] | null;
  plan: MapNode['plan'] | null;
  ignore: MapNode['ignore'] | null;
  /** The sensitive data held: classes in canonical order, residency null when unpinned. */
  data: { classes: DataClass[]; residency: string[] | null } | null;
  /** Agreements the supplier has signed ([] when none are recorded). */
  agreements: Agreement[];
  /** Recorded evolution cheat-sheet answers (row → stage 1–4). */
  evolutionAnswers: MapNode['evolutionAnswers'] | null;
  /** The node's `x-` keys, kept for tools that own them. */
  extensions: Record<string, unknown>;
}

export interface NormalizedMap {
  version: number;
  title: string;
  description: string | null;
  stages: { labels: string[]; boundaries: number[] };
  deployment: WardleyMap['deployment'] | null;
  nodes: NormalizedNode[];
  annotations: NonNullable<WardleyMap['annotations']>;
}

export function normalizedMap(map: WardleyMap): NormalizedMap {
  const boundaries = stageBoundaries(map);
  const labels = stageLabels(map);
  const usedBy = new Map<string, string[]>();
  for (const [id, node] of nodeEntries(map)) {
    for (const target of node.uses ?? []) usedBy.set(target, [...(usedBy.get(target) ?? []), id]);
  }
  const nodes = nodeEntries(map).map(([id, node]) => {
    const stage = stageOf(node.evolution, boundaries);
    return normalizedNode(id, node, stage, labels[stage - 1] ?? '', usedBy.get(id) ?? []);
  });
  return {
    version: map.version,
    title: map.title,
    description: map.description ?? null,
    stages: { labels: [...labels], boundaries: [...boundaries] },
    deployment: map.deployment ?? null,
    nodes,
    annotations: map.annotations ?? [],
  };
}

function normalizedNode(id: string, node: MapNode, stage: Stage, stageLabel: string, usedBy: string[]): NormalizedNode {
  return {
    id,
    kind: node.kind,
    name: node.name,
    evolution: node.evolution,
    visibility: node.visibility,
    stage,
    stageLabel,
    uses: node.uses ?? [],
    usedBy,
    sourcing: node.sourcing ?? null,
    inside: node.inside ?? null,
    evolve: node.evolve ?? null,
    inertia: node.inertia ?? false,
    team: node.team ?? null,
    note: node.note ?? null,
    url: node.url ?? null,
    deploy: node.deploy ?? null,
    plan: node.plan ?? null,
    ignore: node.ignore ?? null,
    data: node.data ? { classes: classesHeld(node), residency: node.data.residency ?? null } : null,
    agreements: node.agreements ?? [],
    evolutionAnswers: node.evolutionAnswers ?? null,
    extensions: Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith('x-'))),
  };
}
