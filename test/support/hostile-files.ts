// The hostile files too big to keep in git (RELIABILITY.md §1), written into a folder on demand.
// Their expected errors are in test/fixtures/hostile/expected.json under `generated/<name>`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringifyMap } from '../../core/format/stringify.ts';
import type { MapNode, WardleyMap } from '../../core/model/types.ts';
import { generateMap } from './maps.ts';

function component(name: string, uses?: string[]): MapNode {
  const node: MapNode = { kind: 'component', name, evolution: 0.5, visibility: 0.5 };
  if (uses) node.uses = uses;
  return node;
}

/** n components, each using the next one. */
function chainMap(n: number): WardleyMap {
  const nodes: Record<string, MapNode> = {};
  for (let i = 0; i < n; i++) nodes[`link-${i}`] = component(`Link ${i}`, i + 1 < n ? [`link-${i + 1}`] : undefined);
  return { version: 1, title: 'A chain of uses', nodes };
}

/** 100,000 top-level keys and, on the last line, one repeated: yaml's own check is quadratic here. */
function manyKeys(): string {
  const lines = ['version: 1', 'title: Many keys', 'nodes: {}'];
  for (let i = 0; i < 100_000; i++) lines.push(`x-k${i}: ${i}`);
  lines.push('x-k5: again');
  return `${lines.join('\n')}\n`;
}

/** 20,001 node ids, one more than the schema allows. */
function tooManyNodes(): string {
  const lines = ['version: 1', 'title: Too many nodes', 'nodes:'];
  for (let i = 0; i < 20_001; i++) lines.push(`  n${i}: {kind: component, name: N, evolution: 0.5, visibility: 0.5}`);
  return `${lines.join('\n')}\n`;
}

/** 20,000 nodes that each carry one mistake: thousands of errors must still be placed in linear time. */
function mistakeInEveryNode(mistake: 'typo' | 'dangling'): string {
  const lines = ['version: 1', `title: A ${mistake} in every node`, 'nodes:'];
  for (let i = 0; i < 20_000; i++) {
    const node = mistake === 'typo' ? `visibilty: 0.5` : `visibility: 0.5, uses: [gone-${i}]`;
    lines.push(`  n${i}: {kind: component, name: N, evolution: 0.5, ${node}}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A whole 2,000-node map as one flow mapping on a single line (valid; must load). */
function oneLineMap(): string {
  const map = generateMap(2000);
  return `${JSON.stringify(map)}\n`;
}

/** Unknown fields: each error used to serialize the whole enclosing object (8,000 keys: 53 s). */
function unknownTopLevelKeys(n: number): string {
  const lines = ['version: 1', 'title: Unknown keys', 'nodes: {}'];
  for (let i = 0; i < n; i++) lines.push(`k${i}: ${i}`);
  return `${lines.join('\n')}\n`;
}

function unknownFieldsInNode(n: number): string {
  const lines = ['version: 1', 'title: Unknown fields', 'nodes:', '  a:', '    kind: component', '    name: A'];
  lines.push('    evolution: 0.5', '    visibility: 0.5');
  for (let i = 0; i < n; i++) lines.push(`    f${i}: ${i}`);
  return `${lines.join('\n')}\n`;
}

/** A valid map of n nodes with notes (3 MB at 6,000), then `tail`: over a megabyte, so yaml's path is not asked. */
function bigMapThen(tail: string, n = 6000): string {
  const lines = ['version: 1', 'title: Big, then a mistake', 'nodes:'];
  const note = 'a note long enough to make the file big '.repeat(10);
  for (let i = 0; i < n; i++) {
    const uses = i + 1 < n ? `\n    uses: [n${i + 1}]` : '';
    lines.push(
      `  n${i}:\n    kind: component\n    name: Node ${i}\n    evolution: 0.5\n    visibility: 0.5${uses}\n    note: ${note}`,
    );
  }
  return `${lines.join('\n')}\n${tail}`;
}

/** 10 MB of shallow nesting: millions of values, each a microsecond to read (over a minute). */
function nestedEverywhere(): string {
  const lines = ['version: 1', 'title: Nested everywhere', 'nodes: {}'];
  const nested = `${'['.repeat(30)}1${']'.repeat(30)}`;
  for (let i = 0, size = 0; size < 10 * 1024 * 1024 - 200; i++) {
    const line = `x-d${i}: ${nested}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Generators by file name; each returns the file's text or bytes. */
export const GENERATED_HOSTILE_FILES: Record<string, () => string | Uint8Array> = {
  // Just over the 10 MB cap: a valid map padded with comment lines.
  'over-10mb.yaml': () =>
    `${stringifyMap(generateMap(50))}${'# padding padding padding padding padding padding\n'.repeat(220_000)}`,
  'exactly-10mb-of-comments.yaml': () => '#'.repeat(10 * 1024 * 1024 - 1) + '\n',
  '100k-keys.yaml': manyKeys,
  'too-many-nodes.yaml': tooManyNodes,
  'uses-chain-20000.yaml': () => stringifyMap(chainMap(20_000)),
  'typo-in-20000-nodes.yaml': () => mistakeInEveryNode('typo'),
  'dangling-in-20000-nodes.yaml': () => mistakeInEveryNode('dangling'),
  'huge-single-line-title.yaml': () => `version: 1\ntitle: ${'x'.repeat(5_000_000)}\nnodes: {}\n`,
  'huge-single-line-map.yaml': oneLineMap,
  'unknown-top-level-keys-100000.yaml': () => unknownTopLevelKeys(100_000),
  'unknown-fields-in-node-10000.yaml': () => unknownFieldsInNode(10_000),
  'long-implicit-key.yaml': () => `version: 1\ntitle: Long key\nnodes: {}\nx-${'k'.repeat(2000)}: 1\n`,
  'nested-everywhere-10mb.yaml': nestedEverywhere,
  'big-then-unclosed-quote.yaml': () => bigMapThen('x-bad: "never closed\n'),
  'big-then-duplicate-key.yaml': () => bigMapThen('title: again\n'),
  'big-then-alias.yaml': () => bigMapThen('x-a: &a [1]\nx-b: *a\n'),
  'big-then-tab.yaml': () => bigMapThen('x-tabbed:\ta b\n'),
  'big-then-tab-in-quotes.yaml': () => bigMapThen('x-tabbed: "a\tb"\nx-note: \'c\td\'\n'),
  'big-then-too-deep.yaml': () => bigMapThen(`x-deep: ${'['.repeat(80)}${']'.repeat(80)}\n`),
};

/** Writes every generated hostile file into `dir`; returns their paths by name. */
export function writeGeneratedHostileFiles(dir: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [name, make] of Object.entries(GENERATED_HOSTILE_FILES)) {
    const path = join(dir, name);
    writeFileSync(path, make());
    paths.set(name, path);
  }
  return paths;
}
