// `npm test`: type-check every layer, lint and format check, the dependency-direction check,
// then every vitest suite (unit, property, CLI, end-to-end). Ends with one summary line,
// `tests: N passed, N failed`, so a run that executed nothing is visible.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = '.vitest-results.json';
const steps = [
  ['typecheck', ['node', 'scripts/typecheck.mjs']],
  ['lint', ['npx', 'eslint', '.']],
  ['format', ['npx', 'prettier', '--check', '.', '--log-level', 'warn']],
  [
    'dependency direction',
    [
      'npx',
      'depcruise',
      'core',
      'schema',
      'cli',
      'files',
      'server',
      'electron',
      'renderer',
      '--config',
      '.dependency-cruiser.cjs',
    ],
  ],
];

let failedSteps = [];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failedSteps.push(name);
}

console.log('\n== vitest');
rmSync(results, { force: true });
const extra = process.argv.slice(2);
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...extra],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed = report.numPassedTests ?? 0;
  // A file that fails before any test runs (an import error) counts once; a failing test is not
  // counted again for the describe block and the file that hold it.
  const unrun = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  failed = (report.numFailedTests ?? 0) + unrun;
} else {
  failed = 1;
}
if (failedSteps.length > 0) console.log(`failed checks: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failedSteps.length === 0 && failed === 0 && passed > 0 ? 0 : 1);
