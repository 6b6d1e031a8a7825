// A map read in another thread (the renderer's map worker) becomes a document on the page from its
// text and a copy of the map: the same document parseMap gives, without parsing anything until
// yaml's Document is asked for (or built in steps).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentReadElsewhere, fileText, parseMap, positionOf, yamlInSteps } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { moveNodes, renameNode } from '../../../core/model/operations.ts';
import { generatedMap } from '../../bench/generate.ts';

const TEXTS: [string, string][] = [
  ...['conference', 'ehealth-platform', 'hie-monolith'].map((name): [string, string] => [
    name,
    readFileSync(`maps/${name}.yaml`, 'utf8'),
  ]),
  ['generated 300, CRLF and BOM', `\ufeff${stringifyMap(generatedMap(300)).replace(/\n/g, '\r\n')}`],
];

function bothReads(text: string) {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error('the map loads');
  const read = documentReadElsewhere(text, structuredClone(parsed.map));
  if (!read) throw new Error('read elsewhere');
  return { parsed: parsed.document, read };
}

describe('a document from a map read elsewhere', () => {
  it.each(TEXTS)('is the document parseMap gives (%s)', (_name, text) => {
    const { parsed, read } = bothReads(text);
    expect(read.map).toEqual(parsed.map);
    expect([read.text, read.bom, read.eol]).toEqual([parsed.text, parsed.bom, parsed.eol]);
    expect(fileText(read)).toBe(text);
    const first = Object.keys(parsed.map.nodes)[0] as string;
    expect(positionOf(read, ['nodes', first, 'evolution'])).toEqual(positionOf(parsed, ['nodes', first, 'evolution']));
    expect(read.yaml.toString()).toBe(parsed.yaml.toString());
  });

  it.each(TEXTS)('takes edits as parseMap’s document does (%s)', (_name, text) => {
    const { parsed, read } = bothReads(text);
    const [id, node] = Object.entries(parsed.map.nodes)[0]!;
    const move = [{ id, evolution: 0.42, visibility: node!.visibility }];
    const a = moveNodes(parsed, move);
    const b = moveNodes(read, move);
    expect(b.ok && b.document.text).toBe(a.ok && a.document.text);
    const renamedA = renameNode(parsed, id, 'renamed-here');
    const renamedB = renameNode(read, id, 'renamed-here');
    expect(renamedB.ok && renamedB.document.text).toBe(renamedA.ok && renamedA.document.text);
  });

  it('builds its yaml Document in steps, not while it is made', () => {
    const text = stringifyMap(generatedMap(300));
    const { read } = bothReads(text);
    const steps = yamlInSteps(read);
    expect(steps).not.toBeNull();
    let count = 0;
    while (!steps!.next().done) count++;
    expect(count).toBeGreaterThan(1);
    expect(read.yaml.toString()).toBe(text);
  });

  it('is not made from text parseMap refuses before reading it', () => {
    expect(documentReadElsewhere('x'.repeat(11 * 1024 * 1024), { version: 1, title: 't', nodes: {} })).toBeUndefined();
  });
});
