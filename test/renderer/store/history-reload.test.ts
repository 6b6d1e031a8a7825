// The file on disk read again (a clean map following the disk, or "Reload from disk" over unsaved
// changes) is one step of undo history: undo brings back the map it replaced, unsaved edits and
// all, redo the disk's version, and the history before stays reachable behind them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../core/format/parse.ts';
import * as ops from '../../../core/model/operations.ts';
import { failedToLoad, loaded, redone, reloaded, undone, withEdit } from '../../../renderer/store/history.ts';
import type { DocSlice } from '../../../renderer/store/store.ts';

const TEXT = readFileSync('maps/conference.yaml', 'utf8');
const FILE = { name: 'conference.yaml', token: 'tok' };

function parsed(text: string): MapDocument {
  const result = parseMap(text);
  if (!result.ok) throw new Error('map does not parse');
  return result.document;
}

const onDisk = () => parsed(TEXT.replace('title: Conference solution', 'title: Conference solution 2027'));
const dirty = (doc: DocSlice) => doc.current !== doc.saved;

function edited(doc: DocSlice, sourcing: 'buy' | 'outsource'): DocSlice {
  const result = ops.setSourcing(doc.current as MapDocument, 'schedule-management', sourcing);
  if (!result.ok) throw new Error('edit failed');
  return withEdit(doc, result.document);
}

describe('a reload in undo history', () => {
  it('undo brings back the unsaved map it replaced, redo the disk version, and older steps stay behind', () => {
    const opened = loaded(parsed(TEXT), FILE.name, FILE.token);
    const once = edited(opened, 'buy');
    const twice = edited(once, 'outsource');
    const disk = onDisk();
    let doc = reloaded(twice, disk, FILE);
    expect(doc.current).toBe(disk);
    expect(dirty(doc)).toBe(false);

    doc = undone(doc);
    expect(doc.current).toBe(twice.current);
    expect(doc.current?.map.nodes['schedule-management']?.sourcing).toBe('outsource');
    expect(dirty(doc)).toBe(true);

    doc = redone(doc);
    expect(doc.current).toBe(disk);
    expect(dirty(doc)).toBe(false);

    doc = undone(undone(undone(doc)));
    expect(doc.current).toBe(opened.current);
    expect(doc.current?.map.title).toBe('Conference solution');
    expect(dirty(doc)).toBe(true);
    expect(doc.past).toEqual([]);
    expect(doc.future.length).toBe(3);
  });

  it('a clean map that followed the disk goes back, by undo, to what was on screen before (now unsaved)', () => {
    const opened = loaded(parsed(TEXT), FILE.name, FILE.token);
    let doc = reloaded(opened, onDisk(), FILE);
    doc = undone(doc);
    expect(doc.current).toBe(opened.current);
    expect(doc.current?.map.title).toBe('Conference solution');
    expect(dirty(doc)).toBe(true);
  });

  it('takes the file’s name and token, and drops what was to redo', () => {
    let doc = undone(edited(loaded(parsed(TEXT), 'old.yaml', 'old'), 'buy'));
    expect(doc.future.length).toBe(1);
    doc = reloaded(doc, onDisk(), FILE);
    expect(doc).toMatchObject({ fileName: 'conference.yaml', token: 'tok', future: [], loadErrors: null });
  });

  it('after a file that failed to load, is the map as opened (nothing to undo to)', () => {
    const disk = onDisk();
    const doc = reloaded(failedToLoad('conference.yaml', []), disk, FILE);
    expect(doc).toMatchObject({ current: disk, saved: disk, past: [], future: [], loadErrors: null });
  });
});
