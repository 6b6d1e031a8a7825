// The plan view in Chromium against `npm run web`: drop the monolith example onto the window,
// switch to plan view, move the timeline and check that extracted components leave the monolith
// region, pick a phase and read its steps, follow a plan warning to its nodes, and see the plan
// follow an edit. Screenshots at today, a middle phase and the last phase.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../core/format/parse.ts';
import { extractionPhases, lastPhaseIndex, phaseAt, type Plan } from '../../core/plan/index.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

const TEXT = readFileSync('maps/hie-monolith.yaml', 'utf8');
const REGION = '[data-monolith="legacy-hie"] path';
const PARSED = parseMap(TEXT);
const NODE_COUNT = PARSED.ok ? Object.keys(PARSED.map.nodes).length : -1;
let web: WebMode;
let page: Page;
let plan: Plan;

beforeAll(async () => {
  const parsed = parseMap(TEXT);
  if (!parsed.ok) throw new Error('the monolith example does not parse');
  plan = extractionPhases(parsed.map);
  web = await startWebMode();
  page = await openEditor(web);
  // Open the file the way a user does in the browser: drop it onto the window.
  await page.evaluate((yaml) => {
    const data = new DataTransfer();
    data.items.add(new File([yaml], 'hie-monolith.yaml', { type: 'application/yaml' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, TEXT);
  await page.locator('[data-node-id="legacy-hie"]').waitFor();
});

afterAll(async () => {
  await web?.close();
});

const idsOf = (phase: number) => plan.phases[phase - 1]!.steps.map((s) => s.node);
const timeline = () => page.getByLabel('Plan timeline');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(selector: string): Promise<Box> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return box;
}

function apart(a: Box, b: Box): boolean {
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
}

function within(inner: Box, outer: Box): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx > outer.x && cx < outer.x + outer.width && cy > outer.y && cy < outer.y + outer.height;
}

/** Whether any corner (or, with `centre`, the centre) of a node's halo lies in the region's fill. */
function inRegion(id: string, centre: boolean): Promise<boolean> {
  return page.evaluate(
    ([nodeId, region, onlyCentre]) => {
      const path = document.querySelector<SVGPathElement>(region);
      const halo = document.querySelector<SVGGraphicsElement>(`[data-node-id="${nodeId}"] .halo`);
      if (!path || !halo) throw new Error(`no region or no ${nodeId}`);
      const toRegion = path.getScreenCTM()!.inverse().multiply(halo.getScreenCTM()!);
      const b = halo.getBBox();
      const points = onlyCentre
        ? [[b.x + b.width / 2, b.y + b.height / 2]]
        : [
            [b.x, b.y],
            [b.x + b.width, b.y],
            [b.x, b.y + b.height],
            [b.x + b.width, b.y + b.height],
          ];
      return points.some(([x, y]) => path.isPointInFill(new DOMPoint(x, y).matrixTransform(toRegion)));
    },
    [id, REGION, centre] as const,
  );
}

describe('the plan view of the monolith example', () => {
  it('lists as many phases as the planner computes, each candidate coloured by its phase', async () => {
    await page.getByRole('button', { name: 'Plan' }).click();
    await expect.poll(() => page.locator('[data-plan-phase]').count()).toBe(plan.phases.length);
    for (const phase of plan.phases)
      for (const step of phase.steps)
        expect(await page.locator(`[data-node-id="${step.node}"]`).getAttribute('data-phase')).toBe(
          String(phase.index),
        );
    expect(await timeline().inputValue()).toBe('0');
    expect(await page.locator('.plan-caption').textContent()).toMatch(/^Today/);
    await page.screenshot({ path: `${SCREENSHOTS}/plan-today.png` });
  });

  it('at phase 1, its components are drawn outside the monolith region and later ones inside', async () => {
    await timeline().focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.plan-caption').textContent())
      .toBe(`Phase 1 of ${lastPhaseIndex(plan)}: ${phaseAt(plan, 1)!.title}`);
    const region = await boxOf(REGION);
    for (const id of idsOf(1)) {
      expect(apart(await boxOf(`[data-node-id="${id}"] .halo`), region)).toBe(true);
      expect(await inRegion(id, false)).toBe(false);
    }
    for (const phase of plan.phases.filter((p) => p.index > 1))
      for (const step of phase.steps) {
        expect(within(await boxOf(`[data-node-id="${step.node}"] .halo`), region)).toBe(true);
        expect(await inRegion(step.node, true)).toBe(true);
      }
  });

  it('names every node where its name covers no other name and no other glyph, also at phase 1', async () => {
    const collisions = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const meet = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const nodes = [...document.querySelectorAll('.plan-layers .nodes [data-node-id]')].map((g) => ({
        id: g.getAttribute('data-node-id') ?? '',
        label: g.querySelector('.node-label'),
        glyphs: [...g.querySelectorAll('.body, .halo')].map(rect),
      }));
      const found: string[] = [];
      nodes.forEach((a, i) => {
        if (!a.label) return;
        const la = rect(a.label);
        nodes.forEach((b, j) => {
          if (i === j) return;
          if (j > i && b.label && meet(la, rect(b.label))) found.push(`${a.id}/${b.id}`);
          if (b.glyphs.some((g) => meet(la, g))) found.push(`${a.id} over ${b.id}`);
        });
      });
      return { labels: nodes.filter((n) => n.label).length, found };
    });
    expect(collisions).toEqual({ labels: NODE_COUNT, found: [] });
    await page.screenshot({ path: `${SCREENSHOTS}/plan-phase1-labels.png` });
  });

  it('the region shrinks as phases go by: at a middle phase only later components are in it', async () => {
    const mid = Math.ceil(lastPhaseIndex(plan) / 2);
    const before = await boxOf(REGION);
    await timeline().fill(String(mid));
    await expect.poll(() => page.locator(`[data-plan-phase="${mid}"]`).getAttribute('class')).toBe('current');
    const after = await boxOf(REGION);
    expect(after.width * after.height).toBeLessThan(before.width * before.height);
    for (const phase of plan.phases)
      for (const step of phase.steps) expect(await inRegion(step.node, phase.index > mid)).toBe(phase.index > mid);
    await page.screenshot({ path: `${SCREENSHOTS}/plan-mid.png` });
  });

  it('clicking a phase moves the timeline there and lists its steps', async () => {
    const phase = plan.phases.find((p) => p.steps.length > 1)!;
    await page.locator(`[data-plan-phase="${phase.index}"] button`).click();
    expect(await timeline().inputValue()).toBe(String(phase.index));
    const steps = page.getByLabel(`Steps of phase ${phase.index}`);
    expect(await steps.locator('[data-step-node]').evaluateAll((els) => els.map((e) => e.dataset.stepNode))).toEqual(
      phase.steps.map((s) => s.node),
    );
    const first = steps.locator(`[data-step-node="${phase.steps[0]!.node}"]`);
    expect(await first.textContent()).toContain(phase.steps[0]!.name);
    expect(await first.textContent()).toContain('Rollback:');
  });

  it('shows no warning for the cycle the map ignores on both nodes', async () => {
    expect(plan.warnings).toEqual([]);
    expect(await page.locator('[data-plan-warning]').count()).toBe(0);
  });

  it('after the last phase the monolith is retired', async () => {
    await timeline().fill(String(lastPhaseIndex(plan)));
    await expect.poll(() => page.locator(REGION).count()).toBe(0);
    expect(await page.locator('[data-node-id="legacy-hie"] .node-label').textContent()).toContain('(retired)');
    await page.screenshot({ path: `${SCREENSHOTS}/plan-last.png` });
  });

  it('follows an edit: a candidate without sourcing cannot be planned', async () => {
    await page.locator('[data-node-id="referrals"] .body').click();
    await page.getByLabel('Sourcing').selectOption('');
    await expect.poll(() => page.locator('[data-plan-warning="monolith/unplanned"]').count()).toBe(1);
    expect(await page.locator('[data-node-id="referrals"]').getAttribute('data-phase')).toBeNull();
    await page.locator('.canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-node-id="referrals"]').getAttribute('class')).not.toContain('selected');
    await page.locator('[data-plan-warning="monolith/unplanned"] button').first().click();
    await expect.poll(() => page.locator('[data-node-id="referrals"]').getAttribute('class')).toContain('selected');
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-plan-warning="monolith/unplanned"]').count()).toBe(0);
  });

  it('P switches the plan view off and on; the help lists it', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('[data-plan-phase]').count()).toBe(0);
    expect(await page.locator('[data-phase]').count()).toBe(0);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('[data-plan-phase]').count()).toBe(plan.phases.length);
    await page.keyboard.press('?');
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent())
      .toContain('Plan view');
    await page.keyboard.press('Escape');
  });
});
