// A minimal SVG element model and its serialiser: exporters build elements as data, and only
// this file turns them into text, escaping every attribute and text node.
export interface SvgElement {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  children?: (SvgElement | string)[];
}

export function el(tag: string, attrs: SvgElement['attrs'] = {}, children: SvgElement['children'] = []): SvgElement {
  return { tag, attrs, children };
}

export function svgText(root: SvgElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}

function write(node: SvgElement | string, depth: number): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(typeof v === 'number' ? formatNumber(v) : String(v))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.tag}${attrs}/>`;
  if (children.every((c) => typeof c === 'string'))
    return `<${node.tag}${attrs}>${children.map((c) => write(c, depth)).join('')}</${node.tag}>`;
  const pad = '  '.repeat(depth + 1);
  const inner = children.map((c) => `${pad}${write(c, depth + 1)}`).join('\n');
  return `<${node.tag}${attrs}>\n${inner}\n${'  '.repeat(depth)}</${node.tag}>`;
}

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// `>` may stand in an attribute (data-link="a->b" stays greppable); `<`, `&` and quotes may not.
function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
