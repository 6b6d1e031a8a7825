// Bought products as Helm releases: chart versions must be exact (the loader says where they are
// not), and the helmfile installs one map environment per helmfile environment. The helmfile is
// read back and its release selection evaluated the way helmfile evaluates `condition`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { parseMap } from '../../../../core/format/parse.ts';
import { conferenceMini } from './fixture.ts';
import { readHelmfile } from './helmfile-reader.ts';

const mini = readFileSync(new URL('../../../fixtures/k8s/conference-mini.yaml', import.meta.url), 'utf8');

function withChartVersion(version: string): string {
  const out = mini.replace(/version: 21\.3\.0/, `version: '${version}'`);
  expect(out).not.toBe(mini);
  return out;
}

interface Helmfile {
  environments: Record<string, { values: Record<string, { enabled: boolean }>[] }>;
  releases: { name: string; namespace: string; condition: string; kubeContext?: string; labels: { env: string } }[];
}

/** Which releases `helmfile -e <env>` installs: helmfile's rule for `condition: <key>.enabled`. */
function installedIn(helmfile: Helmfile, env: string): Helmfile['releases'] {
  const values = Object.assign({}, ...(helmfile.environments[env]?.values ?? [])) as Record<
    string,
    { enabled: boolean }
  >;
  return helmfile.releases.filter((r) => {
    const [key, flag] = r.condition.split('.');
    expect(flag).toBe('enabled');
    const entry = values[key ?? ''];
    if (entry === undefined) throw new Error(`helmfile -e ${env}: environment values field '${key ?? ''}' not found`);
    return entry.enabled;
  });
}

describe('chart versions', () => {
  it.each(['latest', '^21.3.0', '~21.3', '21.x', '>=21.0.0', '21', '21.3', '*', 'stable', '21.3.0 || 22.0.0'])(
    'rejects %s with the line and column of the version',
    (version) => {
      const text = withChartVersion(version);
      const r = parseMap(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes(`version: '${version}'`)) + 1;
      const column = (lines[line - 1] ?? '').indexOf("'") + 1;
      expect(r.errors).toEqual([
        expect.objectContaining({ line, column, severity: 'error', rule: 'schema/invalid', node: 'search' }),
      ]);
      expect(r.errors[0]?.message).toMatch(/chart version must be exact/);
    },
  );

  it.each(['21.3.0', 'v21.3.0', '1.0.0-rc.1', '2.1.0+build.7'])('accepts the exact version %s', (version) => {
    expect(parseMap(withChartVersion(version)).ok).toBe(true);
  });
});

describe('helmfile environments', () => {
  it('installs exactly the releases of the chosen map environment', () => {
    const helmfile = readHelmfile(exportKubernetes(conferenceMini()).files['helmfile.yaml']) as unknown as Helmfile;
    expect(Object.keys(helmfile.environments).sort()).toEqual(['dev', 'prod']);
    const dev = installedIn(helmfile, 'dev');
    expect(dev.map((r) => [r.name, r.namespace])).toEqual([['search', 'conference-dev']]);
    const prod = installedIn(helmfile, 'prod');
    expect(prod.map((r) => [r.namespace, r.kubeContext])).toEqual([
      ['conference-prod', 'north'],
      ['conference-prod', 'south'],
    ]);
    expect(prod.every((r) => r.labels.env === 'prod')).toBe(true);
  });

  it('gives a single-environment export one helmfile environment', () => {
    const helmfile = readHelmfile(
      exportKubernetes(conferenceMini(), { env: 'dev' }).files['helmfile.yaml'],
    ) as unknown as Helmfile;
    expect(Object.keys(helmfile.environments)).toEqual(['dev']);
    expect(installedIn(helmfile, 'dev')).toHaveLength(1);
  });
});
