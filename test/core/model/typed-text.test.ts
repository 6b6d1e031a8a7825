import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import { stringifyMap } from '../../../core/format/stringify.ts';
import { narrowedChange, textChange, typedDocument } from '../../../core/model/typed-text.ts';
import { generatedMap } from '../../bench/generate.ts';
import { expectSameAsFullParse } from './same-as-full-parse.ts';

function loaded(text: string): MapDocument {
  const parsed = parseMap(text);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.document;
}

const TEXT = stringifyMap(generatedMap(60));

/** `text` with `insert` typed right after the first occurrence of `after`. */
function typedAfter(text: string, after: string, insert: string): string {
  const at = text.indexOf(after) + after.length;
  return text.slice(0, at) + insert + text.slice(at);
}

describe('one change between two texts', () => {
  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const change = textChange(a, b);
        if (a === b) expect(change).toBeUndefined();
        else if (!change) throw new Error('no change');
        else expect(a.slice(0, change.from) + change.insert + a.slice(change.to)).toBe(b);
      }),
    );
  });
});

describe('a change the editor recorded, narrowed to what differs', () => {
  it('turns the text before into the text after, as the whole-file diff does', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), fc.nat(), (a, b, left, right) => {
        const exact = textChange(a, b);
        if (!exact) return;
        // The editor's record may span more than what changed: widen the exact change on both sides.
        const from = Math.max(0, exact.from - left);
        const to = Math.min(a.length, exact.to + right);
        const insert = a.slice(from, exact.from) + exact.insert + a.slice(exact.to, to);
        const narrowed = narrowedChange(a, { from, to, insert });
        if (!narrowed) throw new Error('a real change was narrowed away');
        expect(a.slice(0, narrowed.from) + narrowed.insert + a.slice(narrowed.to)).toBe(b);
        expect(narrowed.to - narrowed.from).toBeLessThanOrEqual(exact.to - exact.from);
      }),
    );
  });

  it('finds no change in a record that changed nothing', () => {
    expect(narrowedChange('abc', { from: 1, to: 2, insert: 'b' })).toBeUndefined();
  });

  it('gives typedDocument the same document as diffing the files', () => {
    const before = loaded(TEXT);
    const text = typedAfter(TEXT, 'name: Node 31', ' and more');
    const at = TEXT.indexOf('name: Node 31');
    const known = { from: at, to: at + 40, insert: text.slice(at, at + 40 + ' and more'.length) };
    expect(typedDocument(before, text, known)?.map).toEqual(typedDocument(before, text)?.map);
  });
});

describe('typing inside the nodes’ lines', () => {
  it('loads as a whole parse of the text would, keeping every other node object', () => {
    const before = loaded(TEXT);
    const text = typedAfter(TEXT, 'name: Node 31', ' and more');
    const next = typedDocument(before, text);
    expect(next).toBeDefined();
    expect(next?.text).toBe(text);
    expect(next?.map).toEqual(loaded(text).map);
    expect(next?.map.nodes.n31?.name).toBe('Node 31 and more');
    expect(next?.map.nodes.n30).toBe(before.map.nodes.n30);
    expect(next?.map.nodes.n32).toBe(before.map.nodes.n32);
  });

  it('follows a burst of typing anywhere in the file, key by key, as a whole parse would', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(59),
            fc.constantFrom('name: Node ', 'evolution: 0.', 'visibility: 0.'),
            fc.constantFrom('1', '2', 'x '),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (keys) => {
          let document = loaded(TEXT);
          for (const [node, field, insert] of keys) {
            const at = document.text.indexOf(`  n${node}:\n`);
            const fieldAt = document.text.indexOf(field, at) + field.length;
            const text = document.text.slice(0, fieldAt) + insert + document.text.slice(fieldAt);
            const whole = parseMap(text);
            const next = typedDocument(document, text);
            if (!whole.ok) {
              expect(next).toBeUndefined();
              continue;
            }
            // A change it cannot vouch for is left to the caller's whole parse, never loaded wrongly.
            if (!next) continue;
            expect(next.text).toBe(text);
            expect(next.map).toEqual(whole.map);
            document = next;
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('takes a change across two nodes, or a new key, as a whole parse would', () => {
    const before = loaded(TEXT);
    const twoNodes = TEXT.replace('name: Node 3\n', 'name: Node 3 \n').replace('name: Node 4\n', 'name: Node 4 \n');
    expect(typedDocument(before, twoNodes)?.map).toEqual(loaded(twoNodes).map);
    // A key typed over: the node under its new id, in the same place (nothing names n3 here).
    const renamed = TEXT.replace('  n3:\n', '  n3b:\n');
    const next = typedDocument(before, renamed);
    expect(next?.map).toEqual(loaded(renamed).map);
    expect(Object.keys(next?.map.nodes ?? {}).slice(2, 5)).toEqual(['n2', 'n3b', 'n4']);
    // A key others name cannot be typed over: the map would not load.
    const used = TEXT.replace('  n10:\n', '  n10b:\n');
    expect(parseMap(used).ok).toBe(false);
    expect(typedDocument(before, used)).toBeUndefined();
  });

  it('leaves to a whole parse what does not load or is not a node', () => {
    const before = loaded(TEXT);
    expect(typedDocument(before, TEXT.replace('kind: component', 'kind: robot'))).toBeUndefined();
    expect(typedDocument(before, typedAfter(TEXT, 'uses: [n10', ', n999'))).toBeUndefined();
    expect(typedDocument(before, TEXT)).toBeUndefined();
  });

  it('places later nodes where they now are in the text', () => {
    const before = loaded(TEXT);
    const next = typedDocument(before, typedAfter(TEXT, 'name: Node 5', ' with a much longer name'));
    if (!next) throw new Error('not typed');
    const after = typedDocument(next, typedAfter(next.text, 'name: Node 40', '!'));
    expect(after?.map.nodes.n40?.name).toBe('Node 40!');
    expect(after?.text).toBe(typedAfter(next.text, 'name: Node 40', '!'));
  });
});

describe('typing inside the map’s settings', () => {
  const SETTINGS = TEXT.replace('nodes:\n', 'stages:\n  labels: activities\nnodes:\n').concat(
    'annotations:\n  - text: watch\n    nodes: [n1]\n',
  );

  it('takes the title, stages or annotations typed as an edit of that setting alone, as a whole parse would', () => {
    const before = loaded(SETTINGS);
    for (const text of [
      SETTINGS.replace(/^title: .*$/m, 'title: Typed in the pane'),
      SETTINGS.replace('labels: activities', 'labels: practices\n  boundaries: [0.2, 0.5, 0.8]'),
      SETTINGS.replace('text: watch', 'text: watch this'),
      SETTINGS.replace('nodes: [n1]', 'nodes: [n1, n2]'),
    ]) {
      const next = typedDocument(before, text);
      if (!next) throw new Error(`not typed: ${text.slice(0, 80)}`);
      expect(next.text).toBe(text);
      expectSameAsFullParse(next, loaded(text));
      // No node was parsed again: every node keeps its object.
      expect(next.map.nodes.n30).toBe(before.map.nodes.n30);
    }
  });

  it('places every node after typing above them, edit after edit', () => {
    let document = loaded(SETTINGS);
    for (const title of ['Longer title typed', 'T', 'Title once more']) {
      const text = document.text.replace(/^title: .*$/m, `title: ${title}`);
      const next = typedDocument(document, text);
      if (!next) throw new Error('not typed');
      expect(next.map.title).toBe(title);
      expectSameAsFullParse(next, loaded(text));
      document = next;
    }
    // A node typed afterwards still lands in the right lines.
    const renamed = typedAfter(document.text, 'name: Node 40', '!');
    expect(typedDocument(document, renamed)?.map).toEqual(loaded(renamed).map);
  });

  it('leaves to a whole parse a setting that does not load, a second key, or stages out of order', () => {
    const before = loaded(SETTINGS);
    expect(typedDocument(before, SETTINGS.replace(/^title: .*$/m, 'title:'))).toBeUndefined();
    expect(typedDocument(before, SETTINGS.replace('labels: activities', 'labels: robots'))).toBeUndefined();
    const unordered = SETTINGS.replace('labels: activities', 'labels: activities\n  boundaries: [0.5, 0.4, 0.7]');
    expect(parseMap(unordered).ok).toBe(false);
    expect(typedDocument(before, unordered)).toBeUndefined();
    const second = SETTINGS.replace(/^(title: .*)$/m, '$1\ndescription: typed');
    expect(typedDocument(before, second)).toBeUndefined();
    // A reference to a node that is not on the map.
    expect(typedDocument(before, SETTINGS.replace('nodes: [n1]', 'nodes: [gone]'))).toBeUndefined();
  });
});
