// mapwright plan <map>: the strangler-fig migration plan in one of several formats, and
// optionally each phase's routing manifests (those the bundle uses) written into a folder.
import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  extractionPhases,
  PLAN_FORMATS,
  planForNamespace,
  routeFiles,
  STRATEGIES,
  type Plan,
  type PlanOptions,
  type PlanRouteContext,
  type Strategy,
} from '../../core/plan/index.ts';
import { planRouteContext } from '../../core/export/k8s/route-context.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { writeOutputFile } from '../files.ts';
import { loadMapFile } from '../map-io.ts';

type Format = keyof typeof PLAN_FORMATS;

interface PlanFlags {
  format: string;
  strategy: string;
  maxPerPhase?: string;
  teamCapacity?: string;
  output?: string;
  routesDir?: string;
  env?: string;
  ingress?: boolean;
  strict?: boolean;
}

/** `--ingress`, taken by `plan` and `export k8s` alike: the plan's rows are what the bundle's routes do. */
export const INGRESS_FLAG = [
  '--ingress',
  'plain Ingress objects instead of Gateway API HTTPRoutes (no split, mirror or redirect: each moving path stays on the monolith in its phase, then goes whole)',
] as const;

export function registerPlan(program: Command, setExit: SetExit): void {
  program
    .command('plan')
    .description('Strangler-fig migration plan for the components inside a monolith')
    .argument('<map>', 'map file (YAML)')
    .option('-f, --format <format>', `output format: ${Object.keys(PLAN_FORMATS).join(' | ')}`, 'md')
    .option('-s, --strategy <strategy>', `ordering: ${STRATEGIES.join(' | ')}`, 'dependencies-first')
    .option('--max-per-phase <n>', 'most components (a cycle counts as one) leaving in one phase')
    .option('--team-capacity <n>', "most extractions one team (a node's `team`) runs in one phase")
    .option('-o, --output <file>', 'write the plan to this file instead of standard output')
    .option(
      '--routes-dir <dir>',
      "write each phase's route objects into this folder: HTTPRoutes and TCPRoutes, or Ingresses with --ingress or an ingress controller as facade (what export k8s emits)",
    )
    .option(
      '--env <name>',
      "environment whose namespace, host and facade ports the plan and its route manifests use (default: prod, else the map's first)",
    )
    .option(...INGRESS_FLAG)
    .option('--strict', 'exit 1 when the plan has warnings')
    .action(async (file: string, flags: PlanFlags) => {
      setExit(await runPlan(file, flags));
    });
}

function usage(message: string): number {
  process.stderr.write(`mapwright plan: ${message}\n`);
  return EXIT.usage;
}

/** The planner's options from the flags, or what is wrong with them (`export k8s` takes the same). */
export function planOptions(
  flags: Pick<PlanFlags, 'strategy' | 'maxPerPhase' | 'teamCapacity' | 'ingress'>,
): PlanOptions | string {
  const options: PlanOptions = { strategy: flags.strategy as Strategy };
  if (flags.ingress === true) options.ingress = true;
  for (const [flag, value, key] of [
    ['--max-per-phase', flags.maxPerPhase, 'maxPerPhase'],
    ['--team-capacity', flags.teamCapacity, 'teamCapacity'],
  ] as const) {
    if (value === undefined) continue;
    const n = Number(value);
    if (!(Number.isInteger(n) && n >= 1)) return `${flag} takes a whole number of at least 1`;
    options[key] = n;
  }
  return options;
}

export async function runPlan(file: string, flags: PlanFlags): Promise<number> {
  if (!(flags.format in PLAN_FORMATS))
    return usage(`unknown format "${flags.format}" (${Object.keys(PLAN_FORMATS).join(', ')})`);
  if (!STRATEGIES.includes(flags.strategy as Strategy))
    return usage(`unknown strategy "${flags.strategy}" (${STRATEGIES.join(', ')})`);
  const options = planOptions(flags);
  if (typeof options === 'string') return usage(options);
  const parsed = await loadMapFile(file);
  if (!parsed.ok) return parsed.exit;
  // The bundle's namespace and host, only when asked for (it plans the map a second time).
  const ctx =
    flags.env !== undefined || flags.routesDir !== undefined
      ? planRouteContext(parsed.map, flags.env, options.ingress === true)
      : undefined;
  if (typeof ctx === 'string') return usage(ctx);
  const whole = extractionPhases(parsed.map, options);
  // With --env, the facade ports its senders use are that environment's only.
  const plan = flags.env !== undefined && ctx?.namespace !== undefined ? planForNamespace(whole, ctx.namespace) : whole;
  for (const w of plan.warnings) process.stderr.write(`${file}: warning ${w.rule}: ${w.message}\n`);
  const text = PLAN_FORMATS[flags.format as Format].render(plan);
  if (flags.output !== undefined) await writeOutputFile(flags.output, text);
  else process.stdout.write(text);
  if (flags.routesDir !== undefined && ctx !== undefined) await writeRoutes(flags.routesDir, plan, ctx);
  return flags.strict === true && plan.warnings.length > 0 ? EXIT.findings : EXIT.ok;
}

/** File names are fixed (`phase-NN-….yaml`), never from user text; still checked to stay inside. */
async function writeRoutes(dir: string, plan: Plan, ctx: PlanRouteContext): Promise<void> {
  await mkdir(dir, { recursive: true });
  const root = await realpath(dir);
  for (const f of routeFiles(plan, ctx)) {
    const target = path.resolve(root, f.path);
    if (path.dirname(target) !== root) throw new Error(`refusing to write outside ${root}: ${f.path}`);
    await writeOutputFile(target, f.text);
  }
}
