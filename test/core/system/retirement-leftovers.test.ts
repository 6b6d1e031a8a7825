// Retirement as a platform engineer runs it: apply the clean-up phase's bundle, apply the retire
// phase's bundle over it (`kubectl apply` deletes nothing), then run the `kubectl delete` lines its
// README gives. Nothing may be left that is, selects or calls the monolith. The README used to
// delete by the instance label only, which neither the monolith's NetworkPolicy nor its catch-all
// route carries, and wrote `-n <namespace>` although each overlay's namespace is known.
import { describe, expect, it } from 'vitest';
import { exportKubernetes, type KubernetesOptions } from '../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../core/model/types.ts';
import { extractionPhases } from '../../../core/plan/index.ts';
import type { K8sObject } from '../export/k8s/bundle-objects.ts';
import { loadMap } from '../plan/load-map.ts';
import { overlaysOf } from './bundle-reader.ts';

const KINDS: Record<string, string> = {
  deployment: 'Deployment',
  service: 'Service',
  serviceaccount: 'ServiceAccount',
  configmap: 'ConfigMap',
  networkpolicy: 'NetworkPolicy',
  hpa: 'HorizontalPodAutoscaler',
  pdb: 'PodDisruptionBudget',
  httproute: 'HTTPRoute',
  ingress: 'Ingress',
};

interface Deletion {
  namespace: string;
  match: (o: K8sObject) => boolean;
}

/** The README's `kubectl delete` lines: `kinds -n ns -l label=value`, or `kind/name … -n ns`. */
function deletions(readme: string): Deletion[] {
  const out: Deletion[] = [];
  for (const [, args = ''] of readme.matchAll(/`kubectl delete ([^`]+)`/g)) {
    const words = args.split(/\s+/);
    const namespace = words[words.indexOf('-n') + 1] ?? '';
    const label = words.includes('-l') ? words[words.indexOf('-l') + 1]?.split('=') : undefined;
    const targets = words.filter((w, i) => i === 0 || (!w.startsWith('-') && !['-n', '-l'].includes(words[i - 1]!)));
    for (const t of targets.flatMap((x) => x.split(','))) {
      const [kind, name] = t.split('/');
      const k = KINDS[kind ?? ''];
      if (k === undefined) throw new Error(`unknown kind in ${args}`);
      out.push({
        namespace,
        match: (o) =>
          o.kind === k &&
          (name !== undefined
            ? o.metadata.name === name
            : label !== undefined && o.metadata.labels?.[label[0]!] === label[1]),
      });
    }
  }
  return out;
}

/** Whether an object is, selects or calls the workload `id` (walks every nested value). */
function pointsAt(o: K8sObject, id: string): boolean {
  if (o.metadata.name === id || o.metadata.name.startsWith(`${id}-`)) return true;
  const walk = (v: unknown): boolean => {
    if (typeof v === 'string') return v.includes(`//${id}:`) || v.includes(`//${id}.`);
    if (Array.isArray(v)) return v.some(walk);
    if (v === null || typeof v !== 'object') return false;
    const rec = v as Record<string, unknown>;
    if (rec['name'] === id || rec['app.kubernetes.io/instance'] === id) return true;
    return Object.values(rec).some(walk);
  };
  return walk({ ...o, metadata: { ...o.metadata, name: '' } });
}

/**
 * The README's `kubectl apply -k DIR --prune -l KEY=VALUE --prune-allowlist=group/version/Kind …`
 * for one overlay, as kubectl runs it: objects of an allowed kind with the label that the applied
 * overlay no longer lists are deleted.
 */
function pruned(readme: string, dir: string, applied: readonly K8sObject[]): ((o: K8sObject) => boolean) | undefined {
  const line = [...readme.matchAll(/`kubectl apply -k (\S+) --prune ([^`]+)`/g)].find((m) => m[1] === dir)?.[2];
  if (line === undefined) return undefined;
  const [key, value] = (/-l (\S+)/.exec(line)?.[1] ?? '').split('=');
  const kinds = new Set([...line.matchAll(/--prune-allowlist=\S+\/(\w+)/g)].map((m) => m[1]));
  const listed = new Set(applied.map((x) => `${x.kind}/${x.metadata.name}`));
  return (o) =>
    kinds.has(o.kind) && o.metadata.labels?.[key ?? ''] === value && !listed.has(`${o.kind}/${o.metadata.name}`);
}

/** A parked Deployment's autoscaler of the phase before would scale it back up. */
function staleAutoscalers(dir: string, live: ReadonlyMap<string, K8sObject>, applied: readonly K8sObject[]): string[] {
  const listed = new Set(applied.map((y) => `${y.kind}/${y.metadata.name}`));
  return [...live]
    .filter(([key, x]) => x.kind === 'HorizontalPodAutoscaler' && !listed.has(key))
    .map(([key]) => `${dir}: ${key} of the phase before is left`);
}

/**
 * What stays of the monolith per overlay after apply(k-1), apply(k) and the README's deletions
 * (or, with `prune`, its `kubectl apply --prune` line instead).
 */
function leftovers(map: WardleyMap, options: KubernetesOptions = {}, prune = false): string[] {
  const last = extractionPhases(map).phases.at(-1)?.index ?? 0;
  const before = overlaysOf(exportKubernetes(map, { ...options, phase: last - 1 }).files);
  const after = exportKubernetes(map, { ...options, phase: last }).files;
  const steps = deletions(after['README.md'] ?? '');
  const monoliths = Object.keys(map.nodes).filter((id) => Object.values(map.nodes).some((n) => n?.inside === id));
  const out: string[] = [];
  for (const o of overlaysOf(after)) {
    const live = new Map<string, K8sObject>();
    for (const x of [...(before.find((b) => b.dir === o.dir)?.objects ?? []), ...o.objects])
      live.set(`${x.kind}/${x.metadata.name}`, x);
    const pruning = pruned(after['README.md'] ?? '', o.dir, o.objects);
    if (prune && pruning === undefined) out.push(`${o.dir}: no prune line`);
    const gone = (x: K8sObject) =>
      prune ? pruning?.(x) === true : steps.some((d) => d.namespace === o.namespace && d.match(x));
    for (const [key, x] of live) if (gone(x)) live.delete(key);
    out.push(...staleAutoscalers(o.dir, live, o.objects));
    for (const [key, x] of live)
      for (const m of monoliths) if (pointsAt(x, m)) out.push(`${o.dir}: ${key} still points at ${m}`);
  }
  return out;
}

describe('retiring the monolith leaves nothing that is, selects or calls it', () => {
  const seed = loadMap('test/fixtures/system/conference-seed.yaml');

  it('behind the Gateway (the hint-free conference map)', () => {
    expect(leftovers(seed)).toEqual([]);
  });

  it('with plain Ingresses', () => {
    expect(leftovers(seed, { ingress: true })).toEqual([]);
  });

  it("by the README's `kubectl apply --prune` line instead of its deletions (its label and kinds)", () => {
    expect(leftovers(seed, {}, true)).toEqual([]);
    expect(leftovers(seed, { ingress: true }, true)).toEqual([]);
    expect(leftovers(loadMap('maps/hie-monolith.yaml'), {}, true)).toEqual([]);
  });

  it('behind ingress-nginx, in every overlay and site of hie', () => {
    expect(leftovers(loadMap('maps/hie-monolith.yaml'))).toEqual([]);
  });

  it("names each overlay's namespace in the README, never a placeholder", () => {
    const hie = loadMap('maps/hie-monolith.yaml');
    const readme = exportKubernetes(hie, { phase: 'last' }).files['README.md'] ?? '';
    expect(readme).not.toContain('-n <namespace>');
    expect(readme).toContain('-n hie-prod');
    expect(readme).toContain('-n hie-test');
  });
});
