// Two nodes whose names differ only in case, spacing or punctuation are almost always one thing
// drawn twice, and they confuse every export that derives names from them.
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from './finding.ts';

// Keys of names seen before: the rule runs over every name after each edit that renames a node,
// and normalising is most of its cost. Bounded, so a long session of typing names cannot grow it.
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

/** A name reduced to its letters and digits, lowercased: "Patient-Record " → "patientrecord". */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

export const duplicateName: DoctrineRule = {
  ids: ['dup/name'],
  reason: 'two names equal ignoring case, spaces and punctuation are probably one node drawn twice',
  check(context: RuleContext): Finding[] {
    const firstWith = new Map<string, string>();
    const out: Finding[] = [];
    for (const [id, node] of context.entries) {
      const key = nameKey(node.name);
      if (key === '') continue;
      const first = firstWith.get(key);
      if (first === undefined) {
        firstWith.set(key, id);
        continue;
      }
      const other = context.index.get(first)?.name ?? first;
      const message = `'${id}' is named '${node.name}', like '${first}' ('${other}'): probably one node drawn twice`;
      out.push(nodeFinding('dup/name', 'warning', id, ['nodes', id, 'name'], message));
    }
    return out;
  },
};
