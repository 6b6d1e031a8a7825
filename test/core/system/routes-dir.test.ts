// `plan --routes-dir` writes, phase by phase, the route objects the bundle made from the same map
// and options applies in that environment, and nothing else: HTTPRoutes (and TCPRoutes) at the
// Gateway, Ingresses with `--ingress` or behind a controller named as facade. It used to write
// Ingresses beside HTTPRoutes (sending a canary path whole to the monolith while the same plan
// said 90/10), and HTTPRoutes beside the Ingresses of `plan --ingress`.
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../core/export/k8s/index.ts';
import { planRouteContext } from '../../../core/export/k8s/route-context.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases, routeFiles } from '../../../core/plan/index.ts';
import { kustomizeBuild, overlayDirs, type K8sObject } from '../export/k8s/bundle-objects.ts';
import { loadMap, ROOT } from '../plan/load-map.ts';

const ROUTE_KINDS = new Set(['HTTPRoute', 'Ingress', 'TCPRoute']);

/** JSON with keys sorted (kustomize puts `namespace` last, the plan's files after `name`). */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
}

function canonical(objects: readonly K8sObject[]): string[] {
  return objects
    .filter((o) => ROUTE_KINDS.has(o.kind))
    .map(sortedJson)
    .sort();
}

/** Per phase: the routes-dir files' objects against the environment overlay's route objects. */
function disagreements(map: WardleyMap, ingress: boolean): string[] {
  const ctx = planRouteContext(map, undefined, ingress);
  if (typeof ctx === 'string') return [ctx];
  const plan = extractionPhases(map, { ingress });
  if (plan.phases.length === 0) return ['no phases'];
  const files = routeFiles(plan, ctx);
  const width = Math.max(2, String(plan.phases.length).length);
  const out: string[] = [];
  for (const phase of plan.phases) {
    const prefix = `phase-${String(phase.index).padStart(width, '0')}-`;
    const written = files
      .filter((f) => f.path.startsWith(prefix) && !f.path.endsWith('-values.yaml'))
      .flatMap((f) => parseAllDocuments(f.text, { version: '1.1' }).map((d) => d.toJS() as K8sObject));
    const bundle = exportKubernetes(map, { phase: phase.index, ingress }).files;
    const dir = overlayDirs(bundle).find((d) => kustomizeBuild(bundle, d)[0]?.metadata.namespace === ctx.namespace);
    if (dir === undefined) {
      out.push(`phase ${phase.index}: no overlay in namespace ${ctx.namespace}`);
      continue;
    }
    const applied = canonical(kustomizeBuild(bundle, dir));
    const planned = canonical(written);
    if (planned.length !== written.length) out.push(`phase ${phase.index}: routes-dir writes other kinds`);
    for (const o of planned) if (!applied.includes(o)) out.push(`phase ${phase.index}: only in routes-dir: ${o}`);
    for (const o of applied) if (!planned.includes(o)) out.push(`phase ${phase.index}: only in ${dir}: ${o}`);
  }
  return out;
}

// Maps with a monolith (the others have no plan phases, so no routes folder).
const examples = readdirSync(`${ROOT}/maps`)
  .filter((f) => f.endsWith('.yaml'))
  .filter((f) => /^\s+inside:/m.test(readFileSync(`${ROOT}/maps/${f}`, 'utf8')));
const seed = loadMap('test/fixtures/system/conference-seed.yaml');
const hieAtGateway: WardleyMap = structuredClone(loadMap('maps/hie-monolith.yaml'));
delete hieAtGateway.deployment?.facade;

describe('plan --routes-dir writes the route objects the bundle applies', () => {
  it.each(examples)('maps/%s, every phase, at its facade and with --ingress', (file) => {
    const map = loadMap(`maps/${file}`);
    expect(disagreements(map, false)).toEqual([]);
    expect(disagreements(map, true)).toEqual([]);
  });

  it.each([
    ['the conference map drawn with no hints', seed],
    ['hie behind the Gateway', hieAtGateway],
  ] as const)('%s, every phase, at the Gateway and with --ingress', (_name, map) => {
    expect(disagreements(map, false)).toEqual([]);
    expect(disagreements(map, true)).toEqual([]);
  });

  it('writes one kind per facade: HTTPRoutes at the Gateway, only Ingresses with --ingress', () => {
    const kinds = (ingress: boolean): string[] => {
      const ctx = planRouteContext(seed, undefined, ingress);
      if (typeof ctx === 'string') throw new Error(ctx);
      const files = routeFiles(extractionPhases(seed, { ingress }), ctx);
      return [...new Set(files.map((f) => f.path.replace(/^phase-\d+-/, '')))];
    };
    expect(kinds(false)).toEqual(['httproute.yaml']);
    expect(kinds(true)).toEqual(['ingress.yaml']);
  });
});
