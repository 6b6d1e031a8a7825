// A MapDiff as JSON for scripts: the model itself, with a summary count in front.
import { changeCount, type MapDiff } from './model.ts';

export function diffJson(diff: MapDiff): string {
  return `${JSON.stringify({ changes: changeCount(diff), ...diff }, null, 2)}\n`;
}
