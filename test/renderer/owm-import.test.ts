import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportOwm } from '../../core/export/owm/export.ts';
import { parseMap } from '../../core/format/parse.ts';
import { looksLikeYamlMap, openedTextKind } from '../../renderer/import/owm-detect.ts';
import {
  clearReportOnOtherMap,
  importedFileName,
  owmImports,
  showImportedOwm,
  useImportReport,
} from '../../renderer/import/owm-import.ts';
import type { MapwrightHost } from '../../core/host/contract.ts';
import { importOwmFromDialog } from '../../renderer/import/owm-open.ts';
import { showFile, useHost } from '../../renderer/store/files.ts';
import { initialState, isDirty, useMapStore } from '../../renderer/store/store.ts';

const TEA_SHOP = readFileSync('test/fixtures/owm/tea-shop.owm', 'utf8');
const EHEALTH = readFileSync('maps/ehealth-platform.yaml', 'utf8');
const state = () => useMapStore.getState();

beforeEach(() => {
  useMapStore.setState(initialState());
  useImportReport.setState({ report: null });
});

describe('telling OWM text from a map file', () => {
  it('goes by a clear extension first', () => {
    expect(openedTextKind('tea.owm', EHEALTH)).toBe('owm');
    expect(openedTextKind('tea.yaml', TEA_SHOP)).toBe('map');
    expect(openedTextKind('TEA.YML', TEA_SHOP)).toBe('map');
  });

  it('reads .txt files and pasted text by their content', () => {
    expect(openedTextKind('tea.txt', TEA_SHOP)).toBe('owm');
    expect(openedTextKind(null, TEA_SHOP)).toBe('owm');
    expect(openedTextKind('map.txt', EHEALTH)).toBe('map');
    expect(openedTextKind(null, EHEALTH)).toBe('map');
  });

  it('treats YAML mappings, even broken maps or copied nodes, as map text', () => {
    expect(looksLikeYamlMap('version: 1\ntitle: [unclosed\n')).toBe(true);
    expect(looksLikeYamlMap('booking:\n  kind: component\n  name: Booking\n')).toBe(true);
    expect(openedTextKind(null, 'booking:\n  kind: component\n  name: Booking\n')).toBe('map');
    expect(looksLikeYamlMap(TEA_SHOP)).toBe(false);
  });

  it('does not take prose or empty text for OWM', () => {
    expect(openedTextKind(null, 'just some words pasted by accident')).toBe('map');
    expect(openedTextKind(null, '')).toBe('map');
  });

  it('recognises what Mapwright itself exports as OWM', () => {
    const parsed = parseMap(EHEALTH);
    if (!parsed.ok) throw new Error('default map does not parse');
    expect(openedTextKind(null, exportOwm(parsed.map).text)).toBe('owm');
  });
});

describe('importing OWM into a new untitled map', () => {
  it('names the new map after the file, or after the title of pasted text', () => {
    expect(importedFileName('tea-shop.owm', 'Tea Shop')).toBe('tea-shop.yaml');
    expect(importedFileName(null, 'Tea Shop: v2!')).toBe('tea-shop-v2.yaml');
    expect(importedFileName(null, '日本')).toBe('untitled.yaml');
  });

  it('opens as an unsaved map with no file behind it, and reports warnings with their lines', () => {
    expect(showImportedOwm('tea-shop.owm', TEA_SHOP)).toBe(true);
    const { doc } = state();
    expect(doc.token).toBeNull();
    expect(doc.fileName).toBe('tea-shop.yaml');
    expect(isDirty(state())).toBe(true);
    expect(doc.current?.map.nodes['kettle']?.sourcing).toBe('build');
    expect(doc.current?.map.nodes['power']?.sourcing).toBe('outsource');
    const report = useImportReport.getState().report;
    expect(report?.source).toBe('tea-shop.owm');
    expect(report?.warnings.map((w) => w.line)).toEqual([4, 9, 10]);
  });

  it('shows the errors with line numbers in place of a map when the text is not OWM', () => {
    expect(showImportedOwm('garbage.owm', '\n\n')).toBe(false);
    expect(state().doc.current).toBeNull();
    expect(state().doc.loadErrors?.[0]?.line).toBe(1);
    expect(useImportReport.getState().report).toBeNull();
  });

  it('opening a .owm file goes through the import, not the YAML loader', () => {
    showFile({ token: 'tok-tea-shop-0001', name: 'tea-shop.owm', text: TEA_SHOP });
    expect(state().doc.token).toBeNull();
    expect(state().doc.loadErrors).toBeNull();
    expect(Object.keys(state().doc.current?.map.nodes ?? {})).toContain('cup-of-tea');
  });

  it('drops the report when another map is loaded, but not on edits', () => {
    const stop = clearReportOnOtherMap();
    showImportedOwm('tea-shop.owm', TEA_SHOP);
    const imported = state().doc;
    const edited = parseMap(EHEALTH);
    if (!edited.ok) throw new Error('default map does not parse');
    useMapStore.setState({ doc: { ...imported, past: [imported.current!], current: edited.document } });
    expect(useImportReport.getState().report).not.toBeNull();
    showFile({ token: 'tok-ehealth-00001', name: 'ehealth-platform.yaml', text: EHEALTH });
    expect(useImportReport.getState().report).toBeNull();
    stop();
  });
});

describe('OWM text that does not import', () => {
  const BAD = 'title Tea\ncomponent Tea [0.5, 0.5]\ncomponent Cup [0.3 0.7]\nTea->Cup\n';

  it('is still taken for OWM, so its errors are shown rather than the paste ignored', () => {
    expect(openedTextKind(null, BAD)).toBe('owm');
    expect(openedTextKind('notes.txt', BAD)).toBe('owm');
  });

  it('is reported with the line of the error and leaves the map on screen as it was', () => {
    showFile({ token: 'tok-ehealth-00001', name: 'ehealth-platform.yaml', text: EHEALTH });
    const before = state().doc.current;
    expect(owmImports(null, BAD)).toBe(false);
    expect(state().doc.current).toBe(before);
    const report = useImportReport.getState().report;
    expect(report).toMatchObject({ source: 'pasted text', failed: true });
    expect(report?.warnings.map((e) => [e.line, e.rule])).toEqual([[3, 'owm/syntax']]);
  });

  it('Import OWM reads the file before asking about unsaved work, and asks nothing about a bad file', async () => {
    const calls: string[] = [];
    const file = (text: string) => ({ ok: true as const, file: { token: '', name: 'tea.owm', text } });
    let next = file(BAD);
    useHost({
      openFile: async () => (calls.push('open'), next),
      confirmUnsaved: async () => (calls.push('confirm'), 'discard' as const),
    } as unknown as MapwrightHost);
    showFile({ token: 'tok-ehealth-00001', name: 'ehealth-platform.yaml', text: EHEALTH });
    useMapStore.setState((s) => ({ doc: { ...s.doc, saved: null } }));
    expect(isDirty(state())).toBe(true);
    await importOwmFromDialog();
    expect(calls).toEqual(['open']);
    expect(state().doc.fileName).toBe('ehealth-platform.yaml');
    next = file(TEA_SHOP);
    await importOwmFromDialog();
    expect(calls).toEqual(['open', 'open', 'confirm']);
    expect(state().doc.fileName).toBe('tea.yaml');
  });
});
