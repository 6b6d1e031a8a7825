// The units free to leave, kept in the scheduler's order (best value for risk first, tie: id) per
// stage rank, so a phase looks at the front of one list instead of every unit still waiting.
import { compareIds } from './graph.ts';

export class ReadyUnits {
  private readonly byRank = new Map<number, string[]>();

  constructor(
    private readonly priority: ReadonlyMap<string, number>,
    private readonly rank: ReadonlyMap<string, number>,
  ) {}

  /** The scheduler's order: higher priority first, then id. */
  private before(a: string, b: string): number {
    return (this.priority.get(b) ?? 0) - (this.priority.get(a) ?? 0) || compareIds(a, b);
  }

  /** Where `id` is or would go in `list` (binary search in the scheduler's order). */
  private slot(list: readonly string[], id: string): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before(list[mid]!, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(id: string): void {
    const r = this.rank.get(id) ?? 0;
    const list = this.byRank.get(r) ?? [];
    this.byRank.set(r, list);
    list.splice(this.slot(list, id), 0, id);
  }

  remove(id: string): void {
    const list = this.byRank.get(this.rank.get(id) ?? 0);
    if (list === undefined) return;
    const at = this.slot(list, id);
    if (list[at] === id) list.splice(at, 1);
  }

  /** The ready units of one rank, best first. */
  ofRank(rank: number): readonly string[] {
    return this.byRank.get(rank) ?? [];
  }
}
