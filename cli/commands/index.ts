// Every mapwright command registers itself here, one line each.
import type { Command } from 'commander';
import type { SetExit } from '../exit.ts';

export function registerCommands(program: Command, setExit: SetExit): void {
  void program;
  void setExit;
}
