// The mapwright command line: argument parsing (commander) and file I/O around core/.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { EXIT } from './exit.ts';

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('mapwright')
    .description('Wardley maps for breaking up a monolith: validate, format, export and plan map files.')
    .version(process.env.npm_package_version ?? '0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  let code: number = EXIT.ok;
  await registerCommands(
    program,
    (c) => {
      code = c;
    },
    argv,
  );
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0; usage errors are exit 2.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`mapwright: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.usage;
  }
  return code;
}
