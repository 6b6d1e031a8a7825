// Mermaid's own reading of a `wardley-beta` diagram, in Node without a DOM:
// - `parseWardley`: the grammar, through @mermaid-js/parser (the parser package Mermaid uses);
// - `wardleyDatabase`: Mermaid 11's wardley diagram database filled from that AST, which adds
//   the checks the grammar leaves to it (coordinates in range, pipelines on a known component).
// Mermaid's top-level `parse` sanitises the title with DOMPurify and needs a DOM, so the database
// is filled from the text without its title line (the grammar check above covers the title).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@mermaid-js/parser';

export interface WardleyAst {
  title?: string;
  anchors: { name: string }[];
  components: { name: string; decorator?: { strategy: string }; inertia: boolean }[];
  links: { from: string; to: string; linkLabel?: string }[];
  evolves: { component: string; target: number }[];
  pipelines: { parent: string; components: { name: string }[] }[];
  notes: { text: string }[];
  annotation: { text: string }[];
  evolution?: { stages: { name: string; boundary?: number }[] };
}

export async function parseWardley(text: string): Promise<WardleyAst> {
  return (await parse('wardley', text)) as unknown as WardleyAst;
}

export interface WardleyData {
  nodes: { id: string; label: string; className: string; x: number; y: number }[];
  links: { source: string; target: string }[];
  trends: { nodeId: string }[];
}

interface WardleyDiagram {
  parser: { parser: { yy: unknown }; parse: (text: string) => Promise<void> };
  db: { clear: () => void; getWardleyData: () => WardleyData };
}

let diagram: Promise<WardleyDiagram> | undefined;

function loadDiagram(): Promise<WardleyDiagram> {
  // The chunk's file name carries a content hash; find it rather than pin it.
  const dir = path.resolve('node_modules/mermaid/dist/chunks/mermaid.core');
  const file = readdirSync(dir).find((f) => /^wardleyDiagram-[\w-]+\.mjs$/.test(f));
  if (file === undefined) throw new Error(`no wardleyDiagram chunk in ${dir}`);
  diagram ??= import(path.join(dir, file)).then((m: { diagram: WardleyDiagram }) => m.diagram);
  return diagram;
}

export async function wardleyDatabase(text: string): Promise<WardleyData> {
  const d = await loadDiagram();
  d.parser.parser.yy = d.db;
  d.db.clear();
  await d.parser.parse(text.replace(/^title .*$/m, ''));
  return d.db.getWardleyData();
}
