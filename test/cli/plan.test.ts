import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { mapwright } from './run-cli.ts';

const HIE = 'test/fixtures/plan/hie.yaml';

/** In-process run (spawning tsx for each case is slow on a shared machine); the first tests spawn the real bin. */
async function plan(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const status = await main(['node', 'mapwright', 'plan', ...args]);
    return { status, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('mapwright plan', () => {
  it('prints the Markdown plan, with the warnings on stderr, and exits 0', () => {
    const r = mapwright('plan', HIE);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Migration plan: HIE monolith break-up\n/);
    expect(r.stdout).toContain('## Phase 3: Extract Appointments, Clinic scheduling, Clinical records');
    expect(r.stderr).toContain(`${HIE}: warning monolith/unplanned: fax-gateway`);
  });

  it('writes JSON to -o and the routing manifests of every phase to --routes-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mapwright-plan-'));
    const out = join(dir, 'plan.json');
    const r = mapwright(
      'plan',
      HIE,
      '--format',
      'json',
      '--strategy',
      'edge-first',
      '-o',
      out,
      '--routes-dir',
      join(dir, 'routes'),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const plan = JSON.parse(readFileSync(out, 'utf8')) as {
      strategy: string;
      phases: { index: number; steps: { node: string }[] }[];
    };
    expect(plan.strategy).toBe('edge-first');
    expect(plan.phases[0]).toMatchObject({ index: 0, steps: [] });
    expect(plan.phases[1]!.steps.map((s) => s.node)).toEqual(['patient-portal', 'reporting']);
    const files = readdirSync(join(dir, 'routes'));
    expect(files).toContain('phase-00-httproute.yaml');
    expect(files).toContain('phase-01-httproute.yaml');
    // At the Gateway the bundle has no Ingresses, so neither has the routes folder.
    expect(files.filter((f) => f.endsWith('-ingress.yaml'))).toEqual([]);
  });

  it('renders CSV, Mermaid and GitHub issues', async () => {
    expect((await plan(HIE, '-f', 'csv')).stdout).toMatch(/^Issue ID,Parent,Issue Type,Summary,/);
    const mermaid = (await plan(HIE, '-f', 'mermaid', '--max-per-phase', '1')).stdout;
    expect(mermaid).toContain('```mermaid\ngantt\n');
    expect(mermaid).toContain('section Phase 10');
    const issues = JSON.parse((await plan(HIE, '-f', 'github')).stdout) as { milestone: string }[];
    expect(issues.map((i) => i.milestone).slice(0, 2)).toEqual(['Phase 0', 'Phase 1']);
  });

  it('--ingress plans for plain Ingresses: the rows are what `export k8s --ingress` routes, and the JSON plan says so', async () => {
    const seed = 'test/fixtures/system/conference-seed.yaml';
    const r = await plan(seed, '--ingress', '--format', 'json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      facade: { routes?: string };
      phases: { index: number; routes: { path: string; state: string; backends: { service: string }[] }[] }[];
    };
    expect(json.facade.routes).toBe('ingress');
    const ticketing = json.phases[1]?.routes.find((x) => x.path === '/ticketing');
    expect([ticketing?.state, ticketing?.backends.map((b) => b.service)]).toEqual(['staged', ['conference']]);
    const md = await plan(seed, '--ingress');
    expect(md.stdout).toContain('Routes are plain Ingresses (`--ingress`)');
    expect(md.stdout).toContain("put the facade (plain Ingresses of the cluster's default Ingress class) in front of");
    expect(md.stdout).toContain(
      '| `/ticketing` | conference (ticketing runs beside it; cut-over next phase) | staged |',
    );
    expect((await plan(seed)).stdout).toContain('| `/ticketing` | conference 90%, ticketing 10% | canary |');
  });

  it("--env names only that environment's facade port of a Gateway shared by several namespaces", async () => {
    // hie behind the Gateway (its ingress-nginx facade line taken out): one MLLP listener per namespace.
    const dir = mkdtempSync(join(tmpdir(), 'mapwright-plan-env-'));
    const file = join(dir, 'hie-gateway.yaml');
    writeFileSync(file, readFileSync('maps/hie-monolith.yaml', 'utf8').replace(/^ {2}facade: facade\n/m, ''));
    const all = await plan(file);
    expect(all.stdout).toContain('port 2575 (MLLP; hie-prod: 2575, hie-test: 2576)');
    const test = await plan(file, '--env', 'test');
    expect(test.status).toBe(0);
    expect(test.stdout).toContain('port 2575 (MLLP; hie-test: 2576)');
    expect(test.stdout).not.toContain('hie-prod: 2575');
    expect((await plan(file, '--env', 'prod')).stdout).toContain('port 2575 (MLLP; hie-prod: 2575)');
    expect((await plan(file, '--env', 'nowhere')).status).toBe(2);
  });

  it('--team-capacity limits the extractions of one team per phase (a cycle counts once) and shows the load', async () => {
    const args = ['-f', 'json', '--max-per-phase', '3'];
    type Json = { phases: { load: unknown[]; steps: { node: string; team?: string; cycle: string[] }[] }[] };
    const busiest = (json: Json): number =>
      Math.max(
        ...json.phases.flatMap((p) => {
          const units = new Map<string, Set<string>>();
          for (const s of p.steps)
            if (s.team !== undefined) units.set(s.team, (units.get(s.team) ?? new Set()).add(s.cycle.join() || s.node));
          return [...units.values()].map((u) => u.size);
        }),
      );
    expect(busiest(JSON.parse((await plan(HIE, ...args)).stdout) as Json)).toBeGreaterThan(1);
    const limited = JSON.parse((await plan(HIE, ...args, '--team-capacity', '1')).stdout) as Json;
    expect(busiest(limited)).toBe(1);
    expect(limited.phases.some((p) => p.load.length > 1)).toBe(true);
  });

  it('exits 2 on an unknown format or strategy and on a missing file; 1 on an invalid map or, with --strict, on warnings', async () => {
    expect((await plan(HIE, '-f', 'pdf')).status).toBe(2);
    expect((await plan(HIE, '-s', 'big-bang')).status).toBe(2);
    expect((await plan(HIE, '--max-per-phase', '0')).status).toBe(2);
    expect((await plan(HIE, '--team-capacity', 'x')).status).toBe(2);
    expect((await plan('test/fixtures/plan/missing.yaml')).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'mapwright-plan-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'version: 1\ntitle: Bad\nnodes:\n  a:\n    kind: robot\n    name: A\n    evolution: 0.5\n    visibility: 0.5\n',
    );
    const r = await plan(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:5:\d+: /);
    expect((await plan(HIE, '--strict')).status).toBe(1);
  });
});
