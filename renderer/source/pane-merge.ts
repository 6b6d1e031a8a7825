// A map change arriving while the pane holds typing the map does not have yet (a burst not yet
// settled, or text that does not load): the typing is never thrown away. When the map's change
// and the typing touch different parts of the text, the map's change is made in the pane beside
// the typing; when they touch the same part, the pane keeps the typing and says so.
import { textChange, type TextChange } from '../../core/model/typed-text.ts';

/**
 * The change to make in `typed` (which was `base` before the user typed) so that it also holds
 * what turned `base` into `mapText`; `'conflict'` when both changed the same text.
 */
export function mapChangeBesideTyping(
  base: string,
  typed: string,
  mapText: string,
): TextChange | 'conflict' | undefined {
  const map = textChange(base, mapText);
  const typing = textChange(base, typed);
  if (!map) return undefined;
  if (!typing) return map;
  if (map.to < typing.from || (map.to === typing.from && map.from < map.to)) return map;
  if (typing.to < map.from || (typing.to === map.from && typing.from < typing.to)) {
    const delta = typing.insert.length - (typing.to - typing.from);
    return { from: map.from + delta, to: map.to + delta, insert: map.insert };
  }
  return 'conflict';
}
