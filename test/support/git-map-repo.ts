// A temporary git repository holding three commits of one map (maps/shop.yaml), for the CLI, the
// desktop host's history and the end-to-end history test. From version 1 to version 3: Payments
// moves from Custom-Built to Commodity and is outsourced, Catalogue moves right, Legacy billing is
// removed, Search and Ledger are added.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MapRepo {
  dir: string;
  mapPath: string;
  /** Runs git in the repository (identity and signing set per command, no global config needed). */
  git(...args: string[]): { code: number | null; stdout: string; stderr: string };
  remove(): void;
}

const SUBJECTS = ['First sketch of the shop', 'Add search, start moving payments', 'Outsource payments'];

export function mapVersion(version: 1 | 2 | 3): string {
  const payments = { 1: [0.3, 'build'], 2: [0.45, 'build'], 3: [0.78, 'outsource'] } as const;
  const [paymentsEvolution, paymentsSourcing] = payments[version];
  const shopUses = ['catalogue', 'payments', ...(version >= 2 ? ['search'] : []), ...(version === 3 ? ['ledger'] : [])];
  const lines = [
    'version: 1',
    'title: Shop',
    'nodes:',
    '  buyer: {kind: user, name: Buyer, evolution: 0.5, visibility: 0.95, uses: [shop]}',
    `  shop: {kind: component, name: Shop, evolution: 0.4, visibility: 0.8, sourcing: build, uses: [${shopUses.join(', ')}]}`,
    `  catalogue: {kind: component, name: Catalogue, evolution: ${version === 3 ? 0.62 : 0.5}, visibility: 0.6, sourcing: build}`,
    `  payments: {kind: component, name: Payments, evolution: ${paymentsEvolution}, visibility: 0.5, sourcing: ${paymentsSourcing}${version === 3 ? '' : ', uses: [legacy-billing]'}}`,
    ...(version === 3
      ? []
      : [
          '  legacy-billing: {kind: component, name: Legacy billing, evolution: 0.2, visibility: 0.3, sourcing: build, uses: [oracle]}',
        ]),
    '  oracle: {kind: component, name: Oracle database, evolution: 0.7, visibility: 0.1, sourcing: buy}',
    ...(version >= 2
      ? ['  search: {kind: component, name: Search, evolution: 0.72, visibility: 0.38, sourcing: buy}']
      : []),
    ...(version === 3
      ? ['  ledger: {kind: component, name: Ledger, evolution: 0.85, visibility: 0.25, sourcing: outsource}']
      : []),
  ];
  return `${lines.join('\n')}\n`;
}

export function createMapRepo(): MapRepo {
  const dir = mkdtempSync(join(tmpdir(), 'mapwright-git-'));
  const mapPath = join(dir, 'maps', 'shop.yaml');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' };
  const git = (...args: string[]) => {
    const identity = [
      '-c',
      'user.name=Map Tester',
      '-c',
      'user.email=tester@example.com',
      '-c',
      'commit.gpgsign=false',
    ];
    const r = spawnSync('git', [...identity, ...args], { cwd: dir, encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  mkdirSync(join(dir, 'maps'));
  mustSucceed(git('init', '-q'));
  for (const version of [1, 2, 3] as const) {
    writeFileSync(mapPath, mapVersion(version));
    mustSucceed(git('add', 'maps/shop.yaml'));
    mustSucceed(git('commit', '-q', '-m', SUBJECTS[version - 1] ?? `version ${version}`));
  }
  return { dir, mapPath, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const COMMIT_SUBJECTS: readonly string[] = SUBJECTS;

function mustSucceed(r: { code: number | null; stderr: string }): void {
  if (r.code !== 0) throw new Error(`git failed: ${r.stderr}`);
}
