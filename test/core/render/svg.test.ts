import { describe, expect, it } from 'vitest';
import type { WardleyMap } from '../../../core/model/types.ts';
import { renderMapSvg } from '../../../core/render/svg/map-svg.ts';

const map: WardleyMap = {
  version: 1,
  title: 'Tea <shop> & "friends"',
  nodes: {
    customer: { kind: 'user', name: 'Customer', evolution: 0.5, visibility: 0.95, uses: ['tea'] },
    tea: {
      kind: 'need',
      name: 'Cup of </text><script>alert(1)</script>',
      evolution: 0.6,
      visibility: 0.8,
      uses: ['kettle', 'water'],
    },
    kettle: {
      kind: 'component',
      name: 'Kettle',
      evolution: 0.3,
      visibility: 0.5,
      sourcing: 'build',
      evolve: 0.7,
      inertia: true,
      inside: 'shop',
    },
    water: { kind: 'component', name: "Water 'utility'", evolution: 0.9, visibility: 0.3, sourcing: 'outsource' },
    shop: { kind: 'component', name: 'Shop system', evolution: 0.35, visibility: 0.4, sourcing: 'buy' },
  },
  annotations: [{ text: 'Standardise kettles', nodes: ['kettle'] }],
};

describe('renderMapSvg', () => {
  const svg = renderMapSvg(map);

  it('draws every node and every link, addressable like the canvas', () => {
    for (const id of Object.keys(map.nodes)) expect(svg).toContain(`data-node-id="${id}"`);
    for (const link of ['customer->tea', 'tea->kettle', 'tea->water']) expect(svg).toContain(`data-link="${link}"`);
    expect(svg).toContain('data-evolve="kettle"');
    expect(svg).toContain('data-inertia="kettle"');
    expect(svg).toContain('data-monolith="shop"');
  });

  it('shows the four stages, the legend and the annotation', () => {
    for (const label of ['Genesis', 'Custom-Built', 'Product (+rental)', 'Commodity (+utility)'])
      expect(svg).toContain(`>${label}<`);
    for (const label of ['Build in-house', 'Buy (product)', 'Outsource (utility)']) expect(svg).toContain(label);
    expect(svg).toContain('1. Standardise kettles');
  });

  it('escapes names so they can never change the document structure', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Cup of &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('aria-label="Tea &lt;shop> &amp; &quot;friends&quot;"');
    expect(svg).toContain(">Water 'utility'<");
  });

  it('is deterministic and tells sourcing apart without colour in the print theme', () => {
    expect(renderMapSvg(map)).toBe(svg);
    const print = renderMapSvg(map, { theme: 'print' });
    expect(print).not.toMatch(/#0072B2|#E69F00|#CC79A7/i);
    expect(print).toContain('url(#pattern-buy)');
    expect(print).toContain('url(#pattern-outsource)');
  });
});

describe('links in the SVG picture', () => {
  it('end in an arrowhead at the node used', () => {
    const svg = renderMapSvg(map);
    expect(svg).toContain('id="uses-arrow"');
    const links = svg.match(/<line [^>]*data-link="[^"]+"[^>]*>/g) ?? [];
    expect(links).toHaveLength(3);
    for (const line of links) expect(line).toContain('marker-end="url(#uses-arrow)"');
  });
});
