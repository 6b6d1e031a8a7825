// A rename rewrites every node that refers to the renamed id. Such a node's text changes in one
// word per reference: it is changed there, in place, rather than the whole node being rendered
// again (and the way its author wrote the rest of it kept). The result is parsed and checked like
// any edit's text (incremental.ts), so a reference this cannot rewrite safely is rendered instead.
import { isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';

// Words some YAML version reads as something other than text when written plain.
const NOT_TEXT = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n']);
const PLAIN_ID = /^[a-z][a-z0-9-]*$/;

/**
 * The text of `pair` (its own lines, `region` of `source`) with each reference in `uses` or
 * `inside` to an id in `renamed` replaced by the new id, written plain; undefined when one cannot
 * be replaced in place (a reference tagged, anchored or aliased, or a new id that would not read as
 * text written plain: the node is rendered again then, quoting it).
 */
export function retextedReferences(
  source: string,
  region: { start: number; end: number },
  pair: Pair,
  renamed: ReadonlyMap<string, string>,
): string | undefined {
  const value = pair.value;
  if (!isMap(value)) return undefined;
  const spots: { start: number; end: number; text: string }[] = [];
  for (const field of ['uses', 'inside']) {
    const node = value.get(field, true);
    for (const ref of isSeq(node) ? node.items : node === undefined ? [] : [node]) {
      if (!isScalar(ref)) return undefined;
      const to = typeof ref.value === 'string' ? renamed.get(ref.value) : undefined;
      if (to === undefined) continue;
      const spot = inPlace(ref, to, region);
      if (!spot) return undefined;
      spots.push(spot);
    }
  }
  if (spots.length === 0) return undefined;
  spots.sort((a, b) => a.start - b.start);
  let text = '';
  let at = region.start;
  for (const spot of spots) {
    text += source.slice(at, spot.start) + spot.text;
    at = spot.end;
  }
  return text + source.slice(at, region.end);
}

function inPlace(ref: Scalar, to: string, region: { start: number; end: number }) {
  const range = ref.range;
  if (ref.anchor !== undefined || ref.tag !== undefined || !range) return undefined;
  if (!PLAIN_ID.test(to) || NOT_TEXT.has(to) || range[0] < region.start || range[1] > region.end) return undefined;
  return { start: range[0], end: range[1], text: to };
}
