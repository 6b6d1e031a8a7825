// Every mapwright command registers itself here, one line each. A run that names its command
// imports that command's module alone (with splitting, its own part of the CLI bundle): `validate`
// no longer loads and compiles the exporters, the planner and the renderer before it starts.
import type { Command } from 'commander';
import type { SetExit } from '../exit.ts';

type Register = (program: Command, setExit: SetExit) => void;

// In the order `mapwright --help` lists them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: async () => (await import('./validate.ts')).registerValidate,
  fmt: async () => (await import('./fmt.ts')).registerFmt,
  show: async () => (await import('./show.ts')).registerShow,
  export: async () => (await import('./export.ts')).registerExport,
  render: async () => (await import('./render.ts')).registerRender,
  import: async () => (await import('./owm.ts')).registerImport,
  diff: async () => (await import('./diff.ts')).registerDiff,
  plan: async () => (await import('./plan.ts')).registerPlan,
  serve: async () => (await import('./serve.ts')).registerServe,
  report: async () => (await import('./report.ts')).registerReport,
};

/**
 * Registers the command `argv` names (its first argument), or every command when it names none
 * of them (help, a version, a mistyped command: commander lists or suggests from all).
 */
export async function registerCommands(program: Command, setExit: SetExit, argv: readonly string[]): Promise<void> {
  const named = Object.hasOwn(COMMANDS, argv[2] ?? '') ? COMMANDS[argv[2] as string] : undefined;
  const registers = await Promise.all(named ? [named()] : Object.values(COMMANDS).map((load) => load()));
  for (const register of registers) register(program, setExit);
}
