// `mapwright export <format>`: turn a map into files others act on. Each format is a
// subcommand registered by one line in EXPORT_FORMATS; the core exporters are pure and the
// writing (containment checks, dry run) happens here and in cli/write-bundle.ts.
import type { Command } from 'commander';
import type { ExportWarning } from '../../core/export/bundle.ts';
import { COMPOSE_FILE, exportCompose } from '../../core/export/compose/index.ts';
import { exportKubernetes, type KubernetesOptions } from '../../core/export/k8s/index.ts';
import {
  DEFAULT_PHASE,
  DEFAULT_SECRET_STORE,
  isSecretStoreName,
  SECRETS_FLAVOURS,
  type SecretsFlavour,
} from '../../core/export/k8s/model.ts';
import { STRATEGIES, type Strategy } from '../../core/plan/model.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { EXIT, type SetExit } from '../exit.ts';
import { writeOutputFile } from '../files.ts';
import { loadMapFile } from '../map-io.ts';
import { planBundleWrite, writeBundle, type WritePlan } from '../write-bundle.ts';
import { registerExportBackstage } from './backstage.ts';
import { registerExportMermaid } from './mermaid.ts';
import { registerExportOwm } from './owm.ts';
import { INGRESS_FLAG, planOptions } from './plan.ts';

/** Registers one `export <format>` subcommand on the `export` command. */
export type ExportFormat = (exportCommand: Command, setExit: SetExit) => void;

const EXPORT_FORMATS: readonly ExportFormat[] = [
  registerExportK8s,
  registerExportCompose,
  registerExportOwm,
  registerExportMermaid,
  registerExportBackstage,
];

export function registerExport(program: Command, setExit: SetExit): void {
  const exportCommand = program
    .command('export')
    .description('generate deployment manifests and other files from a map');
  for (const register of EXPORT_FORMATS) register(exportCommand, setExit);
}

interface K8sOptions {
  output: string;
  env?: string;
  ingress?: boolean;
  dryRun?: boolean;
  phase?: string;
  strategy: string;
  maxPerPhase?: string;
  teamCapacity?: string;
  networkPolicy: string;
  secrets: string;
  secretStore?: string;
}

export function registerExportK8s(exportCommand: Command, setExit: SetExit): void {
  exportCommand
    .command('k8s')
    .description('Kustomize base + one overlay per environment, network policies, Helm releases, stubs and a README')
    .argument('<map>', 'map file (.yaml)')
    .requiredOption('-o, --output <dir>', 'folder to write the bundle into (created if missing; nothing is deleted)')
    .option('--env <name>', 'only this environment of the map')
    .option(...INGRESS_FLAG)
    .option(
      '--phase <n>',
      `migration phase to deploy: 0 (today, every path through the facade to the monolith) … last (the end state), or "last"; default ${DEFAULT_PHASE}`,
    )
    .option(
      '-s, --strategy <strategy>',
      `plan ordering the phases come from: ${STRATEGIES.join(' | ')}`,
      'dependencies-first',
    )
    .option('--max-per-phase <n>', 'as `plan --max-per-phase`: the phases of that plan')
    .option('--team-capacity <n>', 'as `plan --team-capacity`: the phases of that plan')
    .option(
      '--network-policy <flavour>',
      'standard | cilium (adds CiliumNetworkPolicy toFQDNs for managed services)',
      'standard',
    )
    .option(
      '--secrets <flavour>',
      `managed-service credentials: placeholder (default: Secret files to fill, pods start without them) | external-secrets (an ExternalSecret per service; pods wait for it)`,
      'placeholder',
    )
    .option(
      '--secret-store <name>',
      `ClusterSecretStore the ExternalSecrets read from (default ${DEFAULT_SECRET_STORE})`,
    )
    .option('--dry-run', 'list the files that would be new, overwritten or unchanged, and write nothing')
    .addHelpText(
      'after',
      '\nExamples:\n  mapwright export k8s maps/conference.yaml -o out/\n  mapwright export k8s maps/conference.yaml -o out/ --env prod --dry-run\n  mapwright export k8s maps/hie-monolith.yaml -o out/ --phase last\n  mapwright export k8s maps/hie-monolith.yaml -o out/ --phase 4 --team-capacity 1\n  mapwright export k8s maps/conference.yaml -o out/ --secrets external-secrets --secret-store vault',
    )
    .action(async (mapPath: string, options: K8sOptions) => {
      setExit(await exportK8sCommand(mapPath, options));
    });
}

async function exportK8sCommand(mapPath: string, options: K8sOptions): Promise<number> {
  const map = await readMap(mapPath);
  if (typeof map === 'number') return map;
  const chosen = k8sOptions(options);
  if (typeof chosen === 'string') return usageError(chosen);
  const result = exportKubernetes(map, chosen);
  reportWarnings(mapPath, result.warnings);
  if (result.warnings.some((w) => w.severity === 'error')) return EXIT.usage;
  let plan: WritePlan;
  try {
    plan =
      options.dryRun === true
        ? await planBundleWrite(options.output, result.files)
        : await writeBundle(options.output, result.files);
  } catch (e) {
    process.stderr.write(`mapwright: cannot write ${options.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  if (!plan.ok) {
    for (const err of plan.errors) process.stderr.write(`mapwright: refused ${err}\n`);
    return EXIT.usage;
  }
  const verb = options.dryRun === true ? 'would write' : 'wrote';
  const changed = plan.files.filter((f) => f.status !== 'unchanged').length;
  for (const f of plan.files) process.stdout.write(`${f.status.padEnd(9)} ${f.path}\n`);
  process.stdout.write(`${verb} ${changed} of ${plan.files.length} files in ${plan.root}\n`);
  return EXIT.ok;
}

/** The exporter's options from the flags, or what is wrong with them. */
function k8sOptions(options: K8sOptions): KubernetesOptions | string {
  const phase = phaseOption(options.phase);
  if (phase === undefined) return `--phase takes a whole number of at least 0 or "last" (got ${options.phase ?? ''})`;
  if (!STRATEGIES.includes(options.strategy as Strategy))
    return `unknown strategy "${options.strategy}" (${STRATEGIES.join(', ')})`;
  const limits = planOptions(options);
  if (typeof limits === 'string') return limits;
  if (options.networkPolicy !== 'standard' && options.networkPolicy !== 'cilium')
    return `unknown network policy flavour "${options.networkPolicy}" (standard, cilium)`;
  if (!SECRETS_FLAVOURS.includes(options.secrets as SecretsFlavour))
    return `unknown secrets flavour "${options.secrets}" (${SECRETS_FLAVOURS.join(', ')})`;
  if (options.secretStore !== undefined && !isSecretStoreName(options.secretStore))
    return `--secret-store takes a Kubernetes object name (got ${options.secretStore})`;
  return {
    ...(options.env === undefined ? {} : { env: options.env }),
    phase,
    ...limits,
    networkPolicy: options.networkPolicy,
    secrets: options.secrets as SecretsFlavour,
    ...(options.secretStore === undefined ? {} : { secretStore: options.secretStore }),
  };
}

/** `--phase` as the exporter takes it; undefined when the text is neither a count nor "last". */
function phaseOption(text: string | undefined): number | 'last' | undefined {
  if (text === undefined) return DEFAULT_PHASE;
  if (text === 'last') return 'last';
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

function usageError(message: string): number {
  process.stderr.write(`mapwright export k8s: ${message}\n`);
  return EXIT.usage;
}

interface ComposeOptions {
  output?: string;
}

export function registerExportCompose(exportCommand: Command, setExit: SetExit): void {
  exportCommand
    .command('compose')
    .description(`a ${COMPOSE_FILE} that runs the built services locally against stand-ins`)
    .argument('<map>', 'map file (.yaml)')
    .option('-o, --output <file>', 'file to write (default: standard output)')
    .action(async (mapPath: string, options: ComposeOptions) => {
      setExit(await exportComposeCommand(mapPath, options));
    });
}

async function exportComposeCommand(mapPath: string, options: ComposeOptions): Promise<number> {
  const map = await readMap(mapPath);
  if (typeof map === 'number') return map;
  const result = exportCompose(map);
  reportWarnings(mapPath, result.warnings);
  const text = result.files[COMPOSE_FILE] ?? '';
  if (options.output === undefined) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeOutputFile(options.output, text);
  } catch (e) {
    process.stderr.write(`mapwright: cannot write ${options.output}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** The map, or the exit code when it cannot be read (2) or is not a valid map (1). */
async function readMap(mapPath: string): Promise<WardleyMap | number> {
  const loaded = await loadMapFile(mapPath);
  return loaded.ok ? loaded.map : loaded.exit;
}

function reportWarnings(mapPath: string, warnings: readonly ExportWarning[]): void {
  for (const w of warnings) process.stderr.write(`${mapPath}: ${w.severity} ${w.rule} ${w.message}\n`);
}
