// Hostile and largest-legitimate map shapes just under the 10 MB cap, for `npm run bench:hostile`
// (hostile-load.ts): what a loader must answer in seconds whatever a file holds.
const CAP = 10 * 1024 * 1024 - 2048;
const HEAD = 'version: 1\ntitle: Ten megabytes\nnodes:\n';
const PAD = 'lorem ipsum dolor sit amet ';

function pad(n: number): string {
  return PAD.repeat(Math.ceil(n / PAD.length)).slice(0, n);
}

/** `head`, then `piece(i)` for i = 0, 1, … while the file stays under the cap, then `tail`. */
function fill(head: string, piece: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const p = piece(i);
    if (size + p.length > CAP) break;
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

function node(i: number, extra = '', uses = true): string {
  const link = uses ? `    uses: [n${i + 1}]\n` : '';
  return `  n${i}:\n    kind: component\n    name: Component ${i}\n    evolution: 0.${i % 97}\n    visibility: 0.${(i * 7) % 89}\n${link}${extra}`;
}

/** n nodes each using the next (the last none), each with `extra(i)` after its fields. */
function nodes(n: number, extra: (i: number) => string): string {
  const parts = [HEAD];
  for (let i = 0; i < n; i++) parts.push(node(i, extra(i), i + 1 < n));
  return parts.join('');
}

const notes = (i: number) => `    note: ${pad(380 + (i % 5))}\n`;
const bigMap = () => nodes(20_000, notes);

/** Generators by shape name. */
export const HOSTILE_SHAPES: Record<string, () => string> = {
  'valid-20k-notes': bigMap,
  'valid-20k-block-notes': () => nodes(20_000, () => `    note: |\n${`      ${pad(58)}\n`.repeat(6)}`),
  'valid-one-line-json': () => {
    const all: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++)
      all[`n${i}`] = { kind: 'component', name: `C ${i}`, evolution: 0.5, visibility: 0.5, note: pad(420) };
    return `${JSON.stringify({ version: 1, title: 'T', nodes: all })}\n`;
  },
  'x-ext-in-20k-nodes': () =>
    nodes(
      20_000,
      (i) => `    x-data: {${Array.from({ length: 40 }, (_, j) => `k${j}: ${(i + j) % 10}`).join(', ')}}\n`,
    ),
  'x-huge-list': () => fill('version: 1\ntitle: T\nnodes: {}\nx-list: [', (i) => `${i % 10}, `, '0]\n'),
  'nodes-over-cap': () => fill(HEAD, (i) => node(i, '', false)),
  'unknown-field-in-every-node': () => fill(HEAD, (i) => node(i, `    colour${i % 7}: red\n`, false)),
  'unknown-20-in-20k-nodes': () =>
    nodes(20_000, () => Array.from({ length: 20 }, (_, j) => `    f${j}: ${pad(8)}\n`).join('')),
  'dangling-in-every-node': () => nodes(20_000, notes).replace(/uses: \[n(\d+)\]/g, 'uses: [gone-$1]'),
  'top-level-unknown-keys': () => fill('version: 1\ntitle: T\nnodes: {}\n', (i) => `k${i}: ${i}\n`),
  'one-node-unknown-fields': () =>
    fill(
      `${HEAD}  a:\n    kind: component\n    name: A\n    evolution: 0.5\n    visibility: 0.5\n`,
      (i) => `    f${i}: ${i}\n`,
    ),
  'nested-30-repeated': () =>
    fill('version: 1\ntitle: T\nnodes: {}\n', (i) => `x-d${i}: ${'['.repeat(30)}1${']'.repeat(30)}\n`),
  'nested-50-repeated': () =>
    fill('version: 1\ntitle: T\nnodes: {}\n', (i) => `x-d${i}: ${'['.repeat(50)}1${']'.repeat(50)}\n`),
  'too-deep-at-end': () =>
    fill(
      'version: 1\ntitle: T\nnodes: {}\n',
      (i) => `x-k${i}: ${i}\n`,
      `x-deep: ${'['.repeat(100)}${']'.repeat(100)}\n`,
    ),
  'long-title': () => `version: 1\ntitle: ${'x'.repeat(CAP - 40)}\nnodes: {}\n`,
  'long-block-note': () =>
    `${HEAD}  a:\n    kind: component\n    name: A\n    evolution: 0.5\n    visibility: 0.5\n    note: |\n${`      ${pad(100)}\n`.repeat(Math.floor((CAP - 200) / 107))}`,
  'long-quoted-string': () => `version: 1\ntitle: T\nnodes: {}\nx-s: "${'ab\\n'.repeat(Math.floor((CAP - 60) / 4))}"\n`,
  'aliases-everywhere': () => fill('version: 1\ntitle: T\nnodes: {}\nx-a: &a [1, 2]\n', (i) => `x-k${i}: *a\n`),
  'anchor-at-end': () => `${bigMap()}x-a: &a 1\n`,
  'tab-at-end': () => `${bigMap()}#\ttabbed comment\n`,
  'syntax-error-at-end': () => `${bigMap()}x-bad: "unclosed\n`,
  'duplicate-key-at-end': () => `${bigMap()}title: again\n`,
  'comments-only': () => `${'#'.repeat(CAP - 1)}\n`,
};
