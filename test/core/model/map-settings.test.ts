import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import type { EditResult } from '../../../core/model/commit.ts';
import * as settings from '../../../core/model/map-settings.ts';

const TEXT = `# yaml-language-server: $schema=../schema/map.schema.json
# a hand-written map
version: 1
title: Workshop map
deployment:
  # where images live
  registry: registry.example/team
  environments:
    dev:
      replicas: 1 # small
nodes:
  # the user
  user:
    kind: user
    name: User
    evolution: 0.5
    visibility: 0.9
    uses: [thing]
  thing:
    kind: component
    name: Thing
    evolution: 0.6
    visibility: 0.4
# the end
`;

function load(text = TEXT): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.document;
}

function ok(result: EditResult): MapDocument {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.document;
}

describe('map settings operations', () => {
  it('sets the title, keeping every comment and the nodes untouched', () => {
    const before = load();
    const after = ok(settings.setMapTitle(before, 'Conference solution'));
    expect(after.map.title).toBe('Conference solution');
    expect(after.text).toBe(TEXT.replace('title: Workshop map', 'title: Conference solution'));
    expect(after.map.nodes).toBe(before.map.nodes);
  });

  it('refuses an empty title and a title the schema refuses, leaving the map as it was', () => {
    expect(settings.setMapTitle(load(), '  ').ok).toBe(false);
    const r = settings.setMapTitle(load(), 'x'.repeat(300));
    expect(r.ok).toBe(false);
  });

  it('adds a description in the canonical place (after the title)', () => {
    const after = ok(settings.setMapDescription(load(), 'Who comes, and what they need'));
    expect(after.text).toContain('title: Workshop map\ndescription: Who comes, and what they need\ndeployment:');
    expect(ok(settings.setMapDescription(after, '')).text).toBe(TEXT);
  });

  it('sets stage labels and boundaries; boundaries must rise', () => {
    let doc = ok(settings.setStageLabels(load(), 'practices'));
    doc = ok(settings.setStageBoundaries(doc, [0.2, 0.45, 0.75]));
    expect(doc.map.stages).toEqual({ labels: 'practices', boundaries: [0.2, 0.45, 0.75] });
    expect(settings.setStageBoundaries(doc, [0.5, 0.4, 0.7]).ok).toBe(false);
    doc = ok(settings.setStageLabels(doc, ['A', 'B', 'C', 'D']));
    expect(doc.map.stages?.labels).toEqual(['A', 'B', 'C', 'D']);
    doc = ok(settings.setStageBoundaries(ok(settings.setStageLabels(doc, undefined)), undefined));
    expect(doc.map.stages).toBeUndefined();
    expect(doc.text).toBe(TEXT);
  });

  it('edits deployment fields, keeping comments inside deployment', () => {
    let doc = ok(settings.setDeploymentField(load(), 'namespace', 'conference'));
    expect(doc.map.deployment?.namespace).toBe('conference');
    expect(doc.text).toContain('# where images live');
    expect(doc.text).toContain('replicas: 1 # small');
    doc = ok(settings.setGateway(doc, 'edge', 'ingress'));
    expect(doc.map.deployment?.gateway).toEqual({ name: 'edge', namespace: 'ingress' });
    expect(settings.setDeploymentField(doc, 'registry', 'Not A Registry!').ok).toBe(false);
  });

  it('adds, edits and removes environments with replicas and sites', () => {
    let doc = ok(settings.addEnvironment(load(), 'prod', { replicas: 3 }));
    doc = ok(settings.setEnvironmentField(doc, 'prod', 'sites', ['eu-west', 'eu-north']));
    expect(doc.map.deployment?.environments?.prod).toEqual({ replicas: 3, sites: ['eu-west', 'eu-north'] });
    doc = ok(settings.addEnvironment(doc, 'qa'));
    doc = ok(settings.setEnvironmentField(doc, 'qa', 'replicas', 2));
    doc = ok(settings.setEnvironmentField(doc, 'qa', 'namespace', 'team-qa'));
    expect(doc.text).toContain('    qa:\n      namespace: team-qa\n      replicas: 2\n');
    doc = ok(settings.setDeploymentField(doc, 'host', 'conf.example'));
    expect(doc.text).toMatch(/registry: registry.example\/team\n\s+host: conf.example\n\s+environments:/);
    expect(settings.addEnvironment(doc, 'prod').ok).toBe(false);
    expect(settings.addEnvironment(doc, 'Prod!').ok).toBe(false);
    expect(settings.setEnvironmentField(doc, 'prod', 'replicas', -1).ok).toBe(false);
    doc = ok(settings.removeEnvironment(doc, 'dev'));
    expect(Object.keys(doc.map.deployment?.environments ?? {})).toEqual(['prod', 'qa']);
  });

  it('adds, edits and deletes annotations', () => {
    let doc = ok(settings.addAnnotation(load(), { text: 'Ticketing is a commodity', nodes: ['thing'] }));
    doc = ok(settings.addAnnotation(doc, { text: 'Second', evolution: 0.2, visibility: 0.3 }));
    expect(doc.text).toContain('# the end');
    expect(doc.map.annotations).toHaveLength(2);
    doc = ok(settings.updateAnnotation(doc, 0, { text: 'Ticketing: buy', nodes: ['thing'], kind: 'gameplay' }));
    expect(doc.map.annotations?.[0]).toEqual({ text: 'Ticketing: buy', nodes: ['thing'], kind: 'gameplay' });
    expect(settings.updateAnnotation(doc, 5, { text: 'x' }).ok).toBe(false);
    doc = ok(settings.removeAnnotation(doc, 0));
    expect(doc.map.annotations?.map((a) => a.text)).toEqual(['Second']);
    doc = ok(settings.removeAnnotation(doc, 0));
    expect(doc.map.annotations).toBeUndefined();
  });

  it('any title that one line can hold round-trips and leaves the nodes text as it was', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 :#'"{}\-,.]{1,60}$/), (title) => {
        fc.pre(title.trim() !== '');
        const before = load();
        const after = ok(settings.setMapTitle(before, title));
        expect(after.map.title).toBe(title.trim());
        const nodesText = (d: MapDocument) => d.text.slice(d.text.indexOf('nodes:'));
        expect(nodesText(after)).toBe(nodesText(before));
      }),
      { numRuns: 200 },
    );
  });
});
