// A large map's events read a slice of its nodes at a time (core/format/fast-chunks.ts): whatever
// the entries hold around the cuts (text or braces going on past a cut, block text, comments,
// lines less indented, mistakes), the slices together are js-yaml's events of the whole file, or
// its refusal at the same place, or the file is read whole (NotSliced).
import fc from 'fast-check';
import { parseEvents, YAMLException, type Event } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { eventSlices, NotSliced, slicePlan } from '../../../core/format/fast-chunks.ts';
import { placing } from '../../../core/format/fast-places.ts';
import { walked } from '../../../core/format/fast-walk.ts';
import { fastYaml } from '../../../core/format/fast-yaml.ts';

const DEPTH = 64;

type Answer = { events: Event[] } | { refused: string; at: number } | 'not sliced';

function whole(text: string): Answer {
  try {
    return { events: parseEvents(text, { maxDepth: DEPTH }) };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    return { refused: e.reason, at: e.mark?.position ?? -1 };
  }
}

function sliced(text: string, sliceChars: number): Answer | undefined {
  const plan = slicePlan(text, sliceChars);
  if (!plan) return undefined;
  const events: Event[] = [];
  try {
    for (const slice of eventSlices(text, plan, DEPTH)) events.push(...slice);
  } catch (e) {
    if (e instanceof NotSliced) return 'not sliced';
    if (!(e instanceof YAMLException)) throw e;
    return { refused: e.reason, at: e.mark?.position ?? -1 };
  }
  return { events };
}

/** An entry's value after `  id:`, of one of the kinds a cut may fall near. */
function entryValue(kind: number, i: number): string {
  const values = [
    `\n    kind: component\n    name: C ${i}\n    uses: [n${i + 1}]\n`,
    ` plain ${i}\n`,
    `\n    note: |\n      block ${i}\n\n      more\n`,
    `\n    note: |+\n      kept ${i}\n\n\n`,
    `\n    note: "quoted\n  n${i}x: on a line less indented"\n`,
    `\n    uses: [a,\n  n${i}y: b]\n`,
    `\n    note: >-\n      folded\n    # a comment\n`,
    `\n# a comment at the first column\n    name: after it\n`,
    `\n    name: x\n   odd: indentation\n`,
    `\n    name: "never closed\n`,
    `\n    a:\n      - 1\n      - [2, {b: 3}]\n`,
    ` {a: ${i},\n  n${i}z: 2}\n`,
    `\n    name: 'single\n      quoted'\n`,
    `\n    note: *alias\n`,
    `\n\n\n    name: after blank lines\n`,
    `\n    name: x\n  - a list item\n`,
  ];
  return values[kind % values.length] as string;
}

const HEADS = [
  'version: 1\ntitle: T\nnodes:\n',
  'nodes:\n',
  'title: "a\nnodes:\n  in: text"\nnodes:\n',
  'x: [1,\nnodes:\n',
  'x:\n  - a\nnodes:\n',
];
const TAILS = [
  '',
  'annotations: []\n',
  'links:\n  - a\n',
  '# end\n',
  'x-bad: "never closed\n',
  '---\nsecond: 1\n',
  'x: [1\n',
];

const fileArb = fc.record({
  head: fc.constantFrom(...HEADS),
  // Mostly plain nodes, so that cuts fall between many kinds of entries and most files are read.
  kinds: fc.array(fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(15) }), {
    minLength: 3,
    maxLength: 30,
  }),
  tail: fc.constantFrom(...TAILS),
  sliceChars: fc.integer({ min: 1, max: 300 }),
});

function fileOf(f: { head: string; kinds: number[]; tail: string }): string {
  return f.head + f.kinds.map((k, i) => `  n${i}:${entryValue(k, i)}`).join('') + f.tail;
}

describe('a large map read a slice of its nodes at a time', () => {
  it('gives js-yaml’s events of the whole file or its refusal at the same place (fast-check)', () => {
    const seen = { sliced: 0, refused: 0, notSliced: 0 };
    fc.assert(
      fc.property(fileArb, (f) => {
        const text = fileOf(f);
        const answer = sliced(text, f.sliceChars);
        if (answer === undefined) return;
        if (answer === 'not sliced') {
          seen.notSliced++;
          return;
        }
        if ('refused' in answer) seen.refused++;
        else seen.sliced++;
        expect(answer).toEqual(whole(text));
      }),
      { numRuns: 1500 },
    );
    // The property must have met both outcomes (a change making every file NotSliced, or a
    // generator change, would make it vacuous). js-yaml refuses a line less indented inside
    // quoted text or braces, so a cut line is always an entry's or a refusal: NotSliced is a net.
    expect(seen.sliced).toBeGreaterThan(200);
    expect(seen.refused).toBeGreaterThan(100);
  });

  // Placed while read (up to a number of events), or read again when first asked past it.
  it.each([
    ['all', undefined],
    ['none', 0],
    ['the first 20,000', 20_000],
  ])(
    'reads a map of many plain nodes in slices, with the same data and places as read whole (%s of its events placed while read)',
    (_, placedWhileRead) => {
      const nodes = Array.from(
        { length: 3000 },
        (_, i) => `  n${i}:${entryValue(i % 3 === 0 ? 10 : 0, i)}    f${i % 7}: x\n`,
      );
      const text = `version: 1\ntitle: T\nnodes:\n${nodes.join('')}links: []\n`;
      expect(slicePlan(text)?.cuts.length).toBeGreaterThan(1);
      const inSlices = fastYaml(text, { large: true, placedWhileRead });
      if (!inSlices.ok) throw new Error('not read');
      const events = parseEvents(text, { maxDepth: DEPTH });
      const data = walked(events, { text, anchors: true, placing: false, stack: [], root: undefined }).data;
      expect(inSlices.data).toEqual(data);
      const inOne = placing(text, events, true);
      for (const path of [
        ['nodes', 'n0', 'name'],
        ['nodes', 'n2999', 'uses', 0],
        ['links'],
        ['nodes', 'n1500', 'a', 1],
      ])
        expect(inSlices.offsetOf(path)).toBe(inOne.offsetOf(path));
      expect(inSlices.places()).toEqual(inOne.all());
    },
  );
});
