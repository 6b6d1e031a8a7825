// The bundle README's worked example of the phase model, from this map's own plan: one path of
// the first component to move, followed through every phase in which its routing changes, and
// the monolith's catch-all to its retirement. The phases' routes are the plan's routing tables,
// which the bundle of each phase renders (core/system), so the example is what the bundles do.
import type { Plan, RouteEntry } from '../../plan/model.ts';
import { markdownText } from './markdown-text.ts';

/** Where a row sends its path, in the README's words, with its state when it is a step between. */
function rowText(r: RouteEntry | undefined): string {
  if (r === undefined) return 'no route';
  if (r.redirect !== undefined) return `a redirect to ${markdownText(r.redirect.hostname)}`;
  const to = r.backends.map((b) => (r.backends.length > 1 ? `${b.service} ${b.weight}%` : b.service)).join(', ');
  if (r.mirror !== undefined) return `${to}, mirrored to ${r.mirror.service}`;
  if (r.state === 'staged') return `${to} (${r.node ?? ''} staged beside it)`;
  return r.state === 'canary' ? `${to} (canary)` : to;
}

const BETWEEN: ReadonlySet<RouteEntry['state']> = new Set(['canary', 'mirror', 'staged']);

/**
 * A path of a component the plan moves, preferring one that passes through a canary, mirror or
 * staged phase (the phase model at work), else the first that moves at all.
 */
function examplePath(plan: Plan): string | undefined {
  // A set: every phase's routes are checked against it (a list made this quadratic, 12 ms at 10,000 nodes).
  const moved = new Set(plan.phases.flatMap((p) => p.steps.map((s) => s.node)));
  const rows = plan.phases.flatMap((p) => p.routes.filter((r) => r.node !== undefined && moved.has(r.node)));
  return (rows.find((r) => BETWEEN.has(r.state)) ?? rows.find((r) => r.state !== 'monolith'))?.path;
}

/** One sentence, or nothing when the plan moves no routed component. */
export function workedExample(plan: Plan): string[] {
  const path = examplePath(plan);
  if (path === undefined) return [];
  const spans: { text: string; from: number }[] = [];
  for (const phase of plan.phases) {
    const text = rowText(phase.routes.find((r) => r.path === path));
    if (spans.at(-1)?.text !== text) spans.push({ text, from: phase.index });
  }
  const parts = spans.map((s, i) => {
    const until = (spans[i + 1]?.from ?? Infinity) - 1;
    if (until === Infinity) return `to ${s.text} from phase ${s.from} on`;
    return until === s.from ? `to ${s.text} in phase ${s.from}` : `to ${s.text} in phases ${s.from}–${until}`;
  });
  const retired = plan.phases.find((p) => p.index > 0 && !p.routes.some((r) => r.node === undefined));
  const catchAll = plan.phases[0]?.routes.find((r) => r.node === undefined);
  const end =
    retired !== undefined && catchAll !== undefined
      ? ` The catch-all \`${markdownText(catchAll.path)}\` goes to ${rowText(catchAll)} until phase ${retired.index} retires it.`
      : '';
  return [`Worked example from this map's plan: \`${markdownText(path)}\` goes ${parts.join(', ')}.${end}`];
}
