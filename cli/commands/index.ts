// Every mapwright command registers itself here, one line each.
import type { Command } from 'commander';
import type { SetExit } from '../exit.ts';
import { registerPlan } from './plan.ts';
import { registerFmt } from './fmt.ts';
import { registerShow } from './show.ts';
import { registerValidate } from './validate.ts';
import { registerExport } from './export.ts';
import { registerRender } from './render.ts';
import { registerImport } from './owm.ts';
import { registerDiff } from './diff.ts';
import { registerServe } from './serve.ts';
import { registerReport } from './report.ts';

export function registerCommands(program: Command, setExit: SetExit): void {
  registerValidate(program, setExit);
  registerFmt(program, setExit);
  registerShow(program, setExit);
  registerExport(program, setExit);
  registerRender(program, setExit);
  registerImport(program, setExit);
  registerDiff(program, setExit);
  registerPlan(program, setExit);
  registerServe(program, setExit);
  registerReport(program, setExit);
}
