import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { complianceJson, complianceMarkdown, complianceReport } from '../../core/compliance/index.ts';
import { bundlePaths } from '../../core/export/bundle.ts';
import { COMPOSE_FILE, exportCompose } from '../../core/export/compose/index.ts';
import { exportKubernetes } from '../../core/export/k8s/index.ts';
import { exportMermaid } from '../../core/export/mermaid/index.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import { extractionPhases, planCsv } from '../../core/plan/index.ts';
import { renderMapSvg } from '../../core/render/svg/map-svg.ts';
import { environmentsOf, exportPreview, exportStem, phasesOf } from '../../renderer/export/export-preview.ts';
import { fileNameOf, filesByFolder } from '../../renderer/export/file-groups.ts';
import { describeWrite } from '../../renderer/export/write-export.ts';
import { zipBundle } from '../../renderer/export/zip-bundle.ts';

function mapOf(path: string): WardleyMap {
  const parsed = parseMap(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.map;
}

const EHEALTH = mapOf('maps/ehealth-platform.yaml');

/** A built component with no port named: the exporter applies a default and says so. */
const NO_PORT: WardleyMap = {
  version: 1,
  title: 'Tiny',
  nodes: {
    patient: { kind: 'user', name: 'Patient', evolution: 0.5, visibility: 1, uses: ['booking'] },
    booking: { kind: 'component', name: 'Booking', evolution: 0.3, visibility: 0.6, sourcing: 'build' },
  },
} as WardleyMap;

describe('the export preview', () => {
  it('offers every phase of the plan and exports the bundle of the chosen one, as `export k8s --phase` does', () => {
    const hie = mapOf('maps/hie-monolith.yaml');
    const plan = extractionPhases(hie);
    const phases = phasesOf(hie);
    expect(phases.map((p) => p.index)).toEqual(plan.phases.map((p) => p.index));
    expect(phases[0]!.label).toMatch(/^Phase 0 \(today\): Prepare/);
    expect(phases.at(-1)!.label).toMatch(/\(end state\)/);
    for (const phase of [0, 2, phases.at(-1)!.index]) {
      const preview = exportPreview(hie, 'hie-monolith.yaml', { kind: 'k8s', phase });
      expect(preview.files).toEqual(exportKubernetes(hie, { phase, ingress: false }).files);
    }
    const today = exportPreview(hie, 'hie-monolith.yaml', { kind: 'k8s', phase: 0 }).files;
    const end = exportPreview(hie, 'hie-monolith.yaml', { kind: 'k8s', phase: 99 }).files;
    expect(today).not.toEqual(end);
    expect(end).toEqual(exportKubernetes(hie, { phase: 'last' }).files);
  });

  it('lists exactly the files `mapwright export k8s` writes for the default map', () => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'k8s' });
    const cli = exportKubernetes(EHEALTH, { ingress: false });
    expect(preview.paths).toEqual(bundlePaths(cli.files));
    expect(preview.files).toEqual(cli.files);
    expect(preview.paths).toContain('base/kustomization.yaml');
    expect(preview.folder).toBe(true);
    expect(preview.suggestedName).toBe('ehealth-platform-k8s');
  });

  it('passes --env and --ingress through: one environment, Ingress objects', () => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'k8s', env: 'dev', ingress: true });
    expect(preview.files).toEqual(exportKubernetes(EHEALTH, { env: 'dev', ingress: true }).files);
    const overlays = preview.paths.filter((p) => p.startsWith('overlays/'));
    expect(overlays.length).toBeGreaterThan(0);
    expect(overlays.every((p) => p.startsWith('overlays/dev/'))).toBe(true);
    expect(Object.values(preview.files).join('\n')).toContain('kind: Ingress');
  });

  it('passes --secrets and --secret-store through: ExternalSecrets, no secrets/ folder', () => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', {
      kind: 'k8s',
      secrets: 'external-secrets',
      secretStore: 'vault',
    });
    const cli = exportKubernetes(EHEALTH, { ingress: false, secrets: 'external-secrets', secretStore: 'vault' });
    expect(preview.files).toEqual(cli.files);
    expect(preview.paths.some((p) => p.startsWith('secrets/'))).toBe(false);
    expect(Object.values(preview.files).join('\n')).toContain('kind: ExternalSecret');
    expect(Object.values(preview.files).join('\n')).toContain('name: vault');
    // The placeholder flavour ignores a store name, as the CLI does.
    const placeholder = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'k8s', secretStore: 'Not A Name' });
    expect(placeholder.files).toEqual(exportKubernetes(EHEALTH).files);
  });

  it('refuses a secret store that is not a Kubernetes name, as the CLI does', () => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', {
      kind: 'k8s',
      secrets: 'external-secrets',
      secretStore: 'Vault Store',
    });
    expect(preview.blocked).toBe(true);
    expect(preview.paths).toEqual([]);
    expect(preview.messages.map((m) => m.rule)).toEqual(['export/secret-store']);
  });

  it('offers the environments of the map for --env', () => {
    expect(environmentsOf(EHEALTH)).toEqual(Object.keys(EHEALTH.deployment?.environments ?? {}).sort());
    expect(environmentsOf(NO_PORT)).toEqual([]);
  });

  it('shows the exporter messages, naming the node', () => {
    const preview = exportPreview(NO_PORT, 'tiny.yaml', { kind: 'k8s' });
    expect(preview.blocked).toBe(false);
    const port = preview.messages.find((m) => m.rule === 'export/default-port');
    expect(port?.message).toContain('booking');
  });

  it('writes nothing and says why when the exporter refuses', () => {
    const preview = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'k8s', env: 'staging' });
    expect(preview.blocked).toBe(true);
    expect(preview.paths).toEqual([]);
    expect(preview.messages.map((m) => [m.severity, m.rule])).toContainEqual(['error', 'export/unknown-env']);
  });

  it('previews single-file exports as the text the CLI prints', () => {
    const compose = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'compose' });
    expect(compose.paths).toEqual([COMPOSE_FILE]);
    expect(compose.files[COMPOSE_FILE]).toBe(exportCompose(EHEALTH).files[COMPOSE_FILE]);
    expect(compose.folder).toBe(false);
    const plan = exportPreview(EHEALTH, 'maps/ehealth-platform.yaml', { kind: 'plan', planFormat: 'csv' });
    expect(plan.paths).toEqual(['ehealth-platform-plan.csv']);
    expect(plan.files['ehealth-platform-plan.csv']).toBe(planCsv(extractionPhases(EHEALTH)));
    const owm = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'owm' });
    expect(owm.files['ehealth-platform.owm']).toMatch(/^title /);
    const mermaid = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'mermaid' });
    expect(mermaid.files['ehealth-platform.mmd']).toBe(exportMermaid(EHEALTH).text);
    expect(mermaid.messages.map((m) => m.rule)).toContain('mermaid/need');
    const catalog = exportPreview(EHEALTH, 'maps/ehealth-platform.yaml', { kind: 'backstage' });
    expect(catalog.folder).toBe(true);
    expect(catalog.paths).toEqual(['catalog-info.yaml']);
    expect(catalog.files['catalog-info.yaml']).toContain('mapwright.dev/map: ehealth-platform.yaml');
    const svg = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'svg' });
    expect(svg.files['ehealth-platform.svg']).toBe(renderMapSvg(EHEALTH));
  });

  it('previews the compliance report as `mapwright report compliance` prints it, in md and json', () => {
    const md = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'compliance' });
    expect(md.paths).toEqual(['ehealth-platform-compliance.md']);
    expect(md.files['ehealth-platform-compliance.md']).toBe(complianceMarkdown(complianceReport(EHEALTH)));
    expect(md.files['ehealth-platform-compliance.md']).toContain('## PHI: protected health information');
    const json = exportPreview(EHEALTH, 'ehealth-platform.yaml', { kind: 'compliance', reportFormat: 'json' });
    expect(JSON.parse(json.files['ehealth-platform-compliance.json'] ?? '')).toEqual(
      JSON.parse(complianceJson(complianceReport(EHEALTH))),
    );
  });

  it('names exports after the map file', () => {
    expect(exportStem('maps/tea-shop.yaml')).toBe('tea-shop');
    expect(exportStem('C:\\maps\\Clinic.YML')).toBe('Clinic');
    expect(exportStem('.yaml')).toBe('map');
  });
});

describe('grouping a bundle by folder', () => {
  it('puts top-level files first, then each folder with its own files', () => {
    const groups = filesByFolder([
      'overlays/prod/kustomization.yaml',
      'README.md',
      'base/booking.yaml',
      'overlays/dev/kustomization.yaml',
      'base/kustomization.yaml',
      'helmfile.yaml',
      'overlays/prod/site-a/kustomization.yaml',
    ]);
    expect(groups).toEqual([
      { folder: '', files: ['README.md', 'helmfile.yaml'] },
      { folder: 'base/', files: ['base/booking.yaml', 'base/kustomization.yaml'] },
      { folder: 'overlays/dev/', files: ['overlays/dev/kustomization.yaml'] },
      { folder: 'overlays/prod/', files: ['overlays/prod/kustomization.yaml'] },
      { folder: 'overlays/prod/site-a/', files: ['overlays/prod/site-a/kustomization.yaml'] },
    ]);
    expect(fileNameOf('overlays/prod/kustomization.yaml')).toBe('kustomization.yaml');
  });

  it('keeps every path of the default map exactly once', () => {
    const paths = exportPreview(EHEALTH, 'x.yaml', { kind: 'k8s' }).paths;
    const grouped = filesByFolder(paths).flatMap((g) => g.files);
    expect(grouped.sort()).toEqual([...paths].sort());
  });
});

describe('the browser download of a bundle', () => {
  it('is a zip holding every file under its relative path, byte-identical for the same bundle', () => {
    const files = exportKubernetes(EHEALTH).files;
    const zip = zipBundle(files);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(bundlePaths(files));
    for (const [path, bytes] of Object.entries(back)) expect(strFromU8(bytes)).toBe(files[path]);
    expect(zipBundle(files)).toEqual(zip);
  });
});

describe('the write report', () => {
  it('says how many files were written and how many replaced existing ones', () => {
    expect(describeWrite({ ok: true, folder: '/out', written: ['a', 'b', 'c'], overwritten: ['b'] })).toBe(
      'Wrote 3 files to /out: 1 replaced existing file, 2 new.',
    );
    expect(describeWrite({ ok: true, folder: '/out', written: ['a'], overwritten: [] })).toBe(
      'Wrote 1 file to /out: all new.',
    );
    expect(describeWrite({ ok: true, folder: 'k8s.zip', written: ['a', 'b'] })).toBe('Wrote 2 files to k8s.zip.');
  });
});
