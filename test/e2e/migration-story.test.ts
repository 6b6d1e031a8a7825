// One migration, one truth, as a user meets it: the conference map of seed 003 drawn in the app by
// quick entry with no deployment hints, the plan and a bundle per phase written through the Export
// dialog (its phase picker), and the written files read back: the phase-k bundle deploys exactly
// what the plan has moved by phase k, routes as the plan's table says, admits the facade where
// it routes, and the Compose file runs the services the end-state bundle deploys.
import { strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Bundle } from '../../core/export/bundle.ts';
import { parseMap } from '../../core/format/parse.ts';
import type { WardleyMap } from '../../core/model/types.ts';
import type { Plan } from '../../core/plan/index.ts';
import { overlaysOf } from '../core/system/bundle-reader.ts';
import { bundleViolations } from '../core/system/phase-invariants.ts';
import { SEED_003_SCRIPT } from '../core/system/drawn-conference.ts';
import { exportDialog } from './export-dialog.ts';
import { saveServed } from './save-format.ts';
import { openEditor, SCREENSHOTS, startWebMode, type WebMode } from './web-mode.ts';

let web: WebMode;
let page: Page;
let map: WardleyMap;
let plan: Plan;

beforeAll(async () => {
  web = await startWebMode();
  page = await openEditor(web, { clipboard: true });
});

afterAll(async () => {
  await web?.close();
});

/** What a bundle deploys in its first overlay: Deployments, Helm releases and managed services. */
function deployed(files: Bundle): string[] {
  const [o] = overlaysOf(files);
  if (o === undefined) throw new Error('no overlay');
  const workloads = o.objects
    .filter((x) => x.kind === 'Deployment' || (x.kind === 'Service' && x.spec?.['type'] === 'ExternalName'))
    .map((x) => x.metadata.name);
  return [...new Set([...workloads, ...o.releases.keys()])].sort();
}

/** What the plan says runs after phase k: moved components, those never inside, the living monolith. */
function expectedAt(k: number): string[] {
  const last = plan.phases.at(-1)!.index;
  const moved = plan.phases.filter((p) => p.index <= k).flatMap((p) => p.steps.map((s) => s.node));
  const outside = Object.entries(map.nodes)
    .filter(
      ([id, n]) =>
        n?.kind === 'component' && n.sourcing !== undefined && n.inside === undefined && id !== 'conference-monolith',
    )
    .map(([id]) => id);
  return [...new Set([...moved, ...outside, ...(k < last ? ['conference-monolith'] : [])])].sort();
}

describe('the conference map drawn in the app, exported phase by phase', () => {
  it('is drawn with quick entry alone and saved without a single deployment hint', async () => {
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(0);
    await page.keyboard.press('/');
    const line = page.getByLabel('Quick entry');
    for (const statement of SEED_003_SCRIPT) {
      await line.fill(statement);
      await line.press('Enter');
      await expect.poll(() => line.inputValue()).toBe('');
    }
    await line.press('Escape');
    await expect.poll(() => page.locator('[data-node-id]').count()).toBe(7);
    const text = await saveServed(page, web, 'conference-drawn.yaml');
    expect(text).not.toMatch(/^\s*(deploy|deployment|plan|paths|path):/m);
    const parsed = parseMap(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    map = parsed.map;
    expect(map.nodes['ticketing']?.inside).toBe('conference-monolith');
  });

  it('shows in the inspector the public path the bundle and the plan route a component at', async () => {
    await page.locator('[data-node-id="ticketing"]').click();
    await expect.poll(() => page.locator('.facade-paths').textContent()).toBe('At the facade: /ticketing');
    await page.locator('[data-node-id="scheduling"]').click();
    await expect.poll(() => page.locator('.facade-paths').textContent()).toBe('At the facade: no public path');
    await page.keyboard.press('Escape');
  });

  it('writes the plan as JSON through the Export dialog: phase 0 prepares, then Ticketing and Scheduling move', async () => {
    plan = await exportDialog(page).planJson();
    expect(plan.phases[0]).toMatchObject({ index: 0, steps: [] });
    expect(plan.phases.flatMap((p) => p.steps.map((s) => s.node)).sort()).toEqual(['scheduling', 'ticketing']);
  });

  it('writes a bundle per phase that deploys exactly what the plan has moved, routed and admitted as the plan says', async () => {
    for (const phase of plan.phases) {
      const files = await exportDialog(page).bundleAt(phase.index);
      expect(deployed(files), `phase ${phase.index}`).toEqual(expectedAt(phase.index));
      expect(bundleViolations(map, plan, files, phase.index)).toEqual([]);
      expect(files['README.md']).toContain(`phase ${phase.index}`);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/migration-story-export.png` });
  });

  it('writes a Compose file starting the services the end-state bundle runs, waiting only along allowed flows', async () => {
    const dialog = exportDialog(page);
    await dialog.open('Compose…');
    const compose = parse(strFromU8(await dialog.written())) as {
      services: Record<string, { depends_on?: Record<string, unknown>; profiles?: string[] }>;
    };
    await dialog.close();
    const last = plan.phases.at(-1)!.index;
    const end = await dialog.bundleAt(last);
    // Scheduling has no caller once the monolith is gone: the bundle parks it (replicas 0) and
    // `docker compose up` leaves it out (profile parked); everything else runs in both.
    const [o] = overlaysOf(end);
    const parked = o!.objects
      .filter((x) => x.kind === 'Deployment' && x.spec?.['replicas'] === 0)
      .map((x) => x.metadata.name);
    expect(parked).toEqual(['scheduling']);
    const started = Object.keys(compose.services).filter((id) => compose.services[id]?.profiles === undefined);
    expect(started.sort()).toEqual(deployed(end).filter((id) => !parked.includes(id)));
    expect(compose.services['scheduling']?.profiles).toEqual(['parked']);
    for (const [from, service] of Object.entries(compose.services))
      for (const to of Object.keys(service.depends_on ?? {})) {
        const egress = o!.objects.some(
          (x) =>
            x.kind === 'NetworkPolicy' &&
            JSON.stringify(x.spec?.['podSelector']).includes(`"${from}"`) &&
            JSON.stringify(x.spec?.['egress'] ?? []).includes(`"${to}"`),
        );
        expect(egress, `${from} → ${to}`).toBe(true);
      }
  });
});
