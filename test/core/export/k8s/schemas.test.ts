// Every generated file of every example map validates against the official Kubernetes,
// Gateway API and Kustomize schemas (test/schemas/) and parses back as YAML.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../core/export/bundle.ts';
import { exportKubernetes } from '../../../../core/export/k8s/index.ts';
import type { WardleyMap } from '../../../../core/model/types.ts';
import { schemaValidator } from '../../../support/k8s-schemas.ts';
import { bundleObjects } from './bundle-objects.ts';
import { conferenceMini, loadMapFile } from './fixture.ts';
import { readHelmfile } from './helmfile-reader.ts';

const validator = schemaValidator();
const MAPS_DIR = new URL('../../../../maps/', import.meta.url);
const exampleMaps = readdirSync(MAPS_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

// Experimental-channel HTTPRoute fields: a standard-channel Gateway would reject or ignore them.
const EXPERIMENTAL_ROUTE_FIELDS = [
  'retry',
  'cors',
  'externalAuth',
  'sessionPersistence',
  'timeouts',
  'CORS',
  'ExternalAuth',
];
const DEPRECATED_KUSTOMIZE_FIELDS = [
  'bases',
  'commonLabels',
  'patchesStrategicMerge',
  'patchesJson6902',
  'vars',
  'imageTags',
  'helmCharts',
];

function schemaErrors(files: Bundle): string[] {
  const out: string[] = [];
  for (const { file, object } of bundleObjects(files)) {
    if (file === 'helmfile.yaml') continue;
    out.push(...validator.kubernetes(object).map((e) => `${file} ${object.kind}/${object.metadata?.name}: ${e}`));
  }
  for (const [file, text] of Object.entries(files))
    if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
  return out;
}

function keysDeep(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

function checkMap(map: WardleyMap): void {
  for (const ingress of [false, true]) {
    const { files, warnings } = exportKubernetes(map, { ingress });
    expect(warnings.filter((w) => w.severity === 'error')).toEqual([]);
    expect(Object.keys(files).length).toBeGreaterThan(3);
    expect(schemaErrors(files)).toEqual([]);
    for (const { object } of bundleObjects(files)) {
      const keys = keysDeep(object.spec);
      if (object.kind === 'HTTPRoute')
        for (const k of EXPERIMENTAL_ROUTE_FIELDS) expect(keys.has(k), `HTTPRoute ${k}`).toBe(false);
      if (object.kind === 'Kustomization')
        for (const k of DEPRECATED_KUSTOMIZE_FIELDS) expect(object, `Kustomization ${k}`).not.toHaveProperty(k);
    }
  }
}

describe('every generated file validates against the official schemas', () => {
  it('for the fixture map, with HTTPRoutes and with Ingresses', () => {
    checkMap(conferenceMini());
  });

  it.each(exampleMaps)('for maps/%s', (file) => {
    checkMap(loadMapFile(new URL(file, MAPS_DIR)));
  });

  it.each(exampleMaps)('maps/%s gives every port it deploys and names its platform rows (no fallbacks)', (file) => {
    const map = loadMapFile(new URL(file, MAPS_DIR));
    const { files, warnings } = exportKubernetes(map, { phase: 'last' });
    expect(warnings.filter((w) => w.rule === 'export/default-port')).toEqual([]);
    const platform = Object.entries(map.nodes)
      .filter(([, n]) => n?.platform === true)
      .map(([id]) => id);
    expect(platform.length).toBeGreaterThan(0);
    for (const id of platform) expect(Object.keys(files).filter((f) => f.includes(id))).toEqual([]);
  });

  it.each(exampleMaps)('for maps/%s with Cilium policies and ExternalSecrets, at every phase', (file) => {
    const map = loadMapFile(new URL(file, MAPS_DIR));
    const last = exportKubernetes(map, { phase: 'last' });
    const phases = Number(/phase (\d+) of (\d+)/.exec(last.files['README.md'] ?? '')?.[2] ?? '0');
    for (let phase = 0; phase <= phases; phase++) {
      const { files } = exportKubernetes(map, { phase, networkPolicy: 'cilium', secrets: 'external-secrets' });
      expect(schemaErrors(files), `phase ${phase}`).toEqual([]);
    }
    const kinds = new Set(
      bundleObjects(exportKubernetes(map, { networkPolicy: 'cilium', secrets: 'external-secrets' }).files).map(
        ({ object }) => object.kind,
      ),
    );
    expect(kinds.has('ExternalSecret')).toBe(true);
  });

  it('and the validator rejects a typo (it is really checking)', () => {
    const { files } = exportKubernetes(conferenceMini());
    const typo = {
      ...files,
      'base/portal.yaml': (files['base/portal.yaml'] ?? '').replace('containerPort:', 'containerPortz:'),
    };
    expect(schemaErrors(typo).length).toBeGreaterThan(0);
  });

  it('writes a helmfile whose releases are pinned to a version', () => {
    const { files } = exportKubernetes(conferenceMini());
    const helmfile = readHelmfile(files['helmfile.yaml']) as {
      releases: { version: string; chart: string; namespace: string }[];
    };
    expect(helmfile.releases.map((r) => [r.chart, r.version, r.namespace])).toEqual([
      ['search/elasticsearch', '21.3.0', 'conference-dev'],
      ['search/elasticsearch', '21.3.0', 'conference-prod'],
      ['search/elasticsearch', '21.3.0', 'conference-prod'],
    ]);
  });
});
