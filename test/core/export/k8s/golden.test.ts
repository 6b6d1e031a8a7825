// Golden files: the whole bundle of the fixture map, so a review diff shows what an exporter
// change does to real output. Refresh with UPDATE_GOLDEN=1 npx vitest run test/core/export/k8s.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../core/export/bundle.ts';
import { exportCompose } from '../../../../core/export/compose/index.ts';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { conferenceMini } from './fixture.ts';

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../golden/k8s');
const update = process.env['UPDATE_GOLDEN'] === '1';

function filesUnder(dir: string, prefix = ''): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    out = statSync(full).isDirectory()
      ? [...out, ...filesUnder(full, `${prefix}${name}/`)]
      : [...out, `${prefix}${name}`];
  }
  return out;
}

function compareWithGolden(name: string, files: Bundle): void {
  const dir = path.join(GOLDEN, name);
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
  }
  expect(filesUnder(dir)).toEqual(Object.keys(files).sort());
  for (const [rel, text] of Object.entries(files)) expect(text, rel).toBe(readFileSync(path.join(dir, rel), 'utf8'));
}

describe('golden files (UPDATE_GOLDEN=1 to refresh)', () => {
  it('conference-mini: Kustomize bundle', () => {
    compareWithGolden('conference-mini', exportKubernetes(conferenceMini()).files);
  });

  it('conference-mini: Ingress variant of the prod routes', () => {
    const { files } = exportKubernetes(conferenceMini(), { ingress: true, env: 'prod' });
    compareWithGolden('conference-mini-ingress', {
      'overlays/prod/north/routes.yaml': files['overlays/prod/north/routes.yaml'] ?? '',
    });
  });

  it('conference-mini: docker-compose', () => {
    compareWithGolden('conference-mini-compose', exportCompose(conferenceMini()).files);
  });
});
