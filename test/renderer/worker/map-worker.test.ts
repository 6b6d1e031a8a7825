// The map worker's work and its page-side client. In Node there is no Worker, so the client runs
// the same work in a later task: the answers must be those of parseMap and checkDocument.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../core/doctrine/index.ts';
import { parseMap } from '../../../core/format/parse.ts';
import { doMapWork } from '../../../renderer/worker/map-work.ts';
import { latestOffThread, parseOffThread } from '../../../renderer/worker/map-worker-client.ts';

import { stringifyMap } from '../../../core/format/stringify.ts';
import { generatedMap } from '../../bench/generate.ts';

// A generated map has doctrine findings (the example maps have none).
const TEXT = stringifyMap(generatedMap(120));

function expected() {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('example map does not parse');
  return { map: parsed.map, findings: checkDocument(parsed.document) };
}

describe('map work', () => {
  it('answers the map and its doctrine findings as parseMap and checkDocument do', () => {
    const result = doMapWork({ text: TEXT, check: true, withMap: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const want = expected();
    expect(result.map).toEqual(want.map);
    expect(result.findings).toEqual(want.findings);
    expect(result.findings!.length).toBeGreaterThan(0);
    // Plain data: it survives a structured clone (what postMessage does) unchanged.
    expect(structuredClone(result)).toEqual(result);
  });

  it('leaves the findings and the map out when not asked, and answers the errors of a text that does not load', () => {
    const plain = doMapWork({ text: TEXT, check: false });
    expect(plain.ok && plain.findings).toBeNull();
    // Nor the map: the page would copy it in on its main thread for nothing.
    expect(plain.ok && 'map' in plain).toBe(false);
    const broken = doMapWork({ text: 'version: 1\ntitle: x\nnodes:\n  a: [1\n', check: true });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]?.line).toBeGreaterThan(0);
  });
});

describe('map worker client', () => {
  it('gives the same answer off the main thread (here: in a later task)', async () => {
    const result = await parseOffThread(TEXT, { check: true, withMap: true });
    const want = expected();
    expect(result.ok && result.map).toEqual(want.map);
    expect(result.ok && result.findings).toEqual(want.findings);
  });

  it('answers only the latest request of a latest-only caller, and skips the ones overtaken', async () => {
    const parse = latestOffThread();
    const first = parse('version: 1\ntitle: first\nnodes: {}\n');
    const second = parse('version: 1\ntitle: second\nnodes: {}\n');
    const third = parse(TEXT, { check: true });
    expect(await second).toBeNull();
    expect(await first).toBeNull();
    const last = await third;
    expect(last?.ok && last.findings).toEqual(expected().findings);
    // The caller still answers after a quiet spell.
    expect((await parse('version: 1\ntitle: again\nnodes: {}\n'))?.ok).toBe(true);
  });
});
