// Every mapwright command registers itself here, one line each.
import type { Command } from 'commander';
import type { SetExit } from '../exit.ts';
import { registerExport } from './export.ts';
import { registerRender } from './render.ts';

export function registerCommands(program: Command, setExit: SetExit): void {
  registerExport(program, setExit);
  registerRender(program, setExit);
}
