// The deployment model: defaults, tags, environments and sites, user-facing components,
// and the messages a user gets for what the map leaves out.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deploymentModel, exportKubernetes } from '../../../../core/export/k8s/index.ts';
import { envVarName } from '../../../../core/export/k8s/names.ts';
import type { MapNode, WardleyMap } from '../../../../core/model/types.ts';
import { conferenceMini } from './fixture.ts';

function node(kind: MapNode['kind'], extra: Partial<MapNode> = {}): MapNode {
  return { kind, name: kind, evolution: 0.5, visibility: 0.5, ...extra };
}

const bare: WardleyMap = {
  version: 1,
  title: 'Bare',
  nodes: {
    u: node('user', { uses: ['n'] }),
    n: node('need', { uses: ['front'] }),
    front: node('component', { sourcing: 'build', uses: ['back'] }),
    back: node('component', { sourcing: 'build', deploy: { tag: 'latest' } }),
  },
};

describe('deploymentModel', () => {
  it('applies the documented defaults and says so, naming the node', () => {
    const { model, warnings } = deploymentModel(bare);
    expect(model.targets.map((t) => [t.dir, t.namespace])).toEqual([['overlays/prod', 'mapwright-prod']]);
    expect(model.builds.map((c) => [c.id, c.port, c.replicas, c.health, c.routed])).toEqual([
      ['back', 8080, 2, '/healthz', false],
      ['front', 8080, 2, '/healthz', true],
    ]);
    expect(model.routes.map((r) => [r.path, r.backends])).toEqual([
      ['/front', [{ service: 'front', port: 8080, weight: 100 }]],
    ]);
    expect(warnings).toContainEqual(expect.objectContaining({ rule: 'export/default-port', node: 'front' }));
    expect(warnings).toContainEqual(expect.objectContaining({ rule: 'export/latest-tag', node: 'back' }));
  });

  it('never deploys `latest`, falling back to 0.1.0', () => {
    const { files } = exportKubernetes(bare);
    expect(files['base/back.yaml']).toContain('image: registry.example.com/back:0.1.0');
    expect(Object.values(files).join('\n')).not.toMatch(/:latest\b/);
  });

  it('routes only components a user reaches through needs', () => {
    const { files } = exportKubernetes(bare);
    const routes = parse(files['overlays/prod/routes.yaml'] ?? '') as { metadata: { name: string } };
    expect(routes.metadata.name).toBe('front');
  });

  it('gives one overlay per environment, and per site where an environment has sites', () => {
    const { model } = deploymentModel(conferenceMini());
    expect(model.targets.map((t) => [t.dir, t.namespace, t.host, t.tag, t.replicas])).toEqual([
      ['overlays/dev', 'conference-dev', 'dev.conference.example.org', '1.5.0-rc.1', 1],
      ['overlays/prod/north', 'conference-prod', 'conference.example.org', undefined, 3],
      ['overlays/prod/south', 'conference-prod', 'conference.example.org', undefined, 3],
    ]);
  });

  it('sets the environment tag and replica count in its overlay', () => {
    const { files } = exportKubernetes(conferenceMini());
    const k = parse(files['overlays/dev/kustomization.yaml'] ?? '') as Record<string, unknown>;
    expect(k['images']).toEqual([
      { name: 'registry.conf.example/conference/portal', newTag: '1.5.0-rc.1' },
      { name: 'registry.conf.example/conference/scheduling', newTag: '1.5.0-rc.1' },
    ]);
    expect(k['replicas']).toEqual([
      { name: 'portal', count: 1 },
      { name: 'scheduling', count: 1 },
    ]);
    expect(files['overlays/dev/scaling.yaml']).toBeUndefined();
  });

  it('exports only the environment asked for, and refuses an unknown one with a message', () => {
    expect(
      Object.keys(exportKubernetes(conferenceMini(), { env: 'dev' }).files).filter((f) => f.startsWith('overlays/')),
    ).toEqual(['overlays/dev/kustomization.yaml', 'overlays/dev/namespace.yaml', 'overlays/dev/routes.yaml']);
    const r = exportKubernetes(conferenceMini(), { env: 'qa' });
    expect(r.files).toEqual({});
    expect(r.warnings).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'export/unknown-env' }));
  });

  it('puts dependency addresses in the consumer ConfigMap', () => {
    const { files } = exportKubernetes(conferenceMini());
    const docs = (files['base/scheduling.yaml'] ?? '')
      .split('---\n')
      .map((d) => parse(d) as { kind: string; data?: Record<string, string> });
    expect(docs.find((d) => d.kind === 'ConfigMap')?.data).toEqual({
      DATABASE_HOST: 'database',
      DATABASE_PORT: '5432',
      MAIL_HOST: 'mail',
      MAIL_PORT: '587',
    });
    expect(envVarName('scheduling', 'URL')).toBe('SCHEDULING_URL');
    expect(envVarName('room-booking', 'URL')).toBe('ROOM_BOOKING_URL');
  });

  it('lists every placeholder per node in the README', () => {
    const readme = exportKubernetes(conferenceMini()).files['README.md'] ?? '';
    expect(readme).toContain('`mail`: ExternalName host `mail.managed.example.com` is a placeholder');
    expect(readme).toContain('`database`: fill `secrets/database.yaml`');
    expect(readme).toContain('STUB `infra/mail.tf.json`');
    expect(readme).toContain('### Closed flows');
    expect(readme).toContain('--network-policy cilium');
    expect(readme).toContain('cannot be merged across base and overlays');
    expect(readme).toContain('| `power` | Power | (none) |');
  });

  it('escapes Markdown in names', () => {
    const map: WardleyMap = { ...bare, title: 'A | [link](x) <b>' };
    expect(exportKubernetes(map).files['README.md']).toContain('# Deployment bundle: A \\| \\[link\\](x) \\<b\\>');
  });
});
