// What the plan's wording knows about one extraction: the component, its phase and pattern, its
// paths and callers, and what the facade can do (split, carry streams, weight them).
import type { DataMove } from '../system/data-moves.ts';
import type { Candidate } from './graph.ts';
import type { Pattern } from './model.ts';

export interface StepContext {
  candidate: Candidate;
  name: string;
  phase: number;
  pattern: Pattern;
  paths: readonly string[];
  monolithCallers: readonly string[];
  /** Candidates it uses that leave later: it calls them through the monolith until then. */
  laterDependencies: readonly { id: string; phase: number }[];
  readers: readonly string[];
  /** How its writes stay on the monolith while it moves (core/system/data-moves.ts). */
  move: DataMove;
  /** The facade, in words, when it cannot expose TCP (its stream ports open nowhere): core/system streamlessFacade. */
  streamless?: string;
  /**
   * The facade when it cannot split, mirror or redirect (plain Ingresses, or a controller other than
   * ingress-nginx), as the plan names it: its paths stay whole on the monolith in its phase.
   */
  whole?: string;
  /**
   * The facade, in words, when it carries a stream port but moves it whole (ingress-nginx `tcp:`
   * values have no weights): the port's connections move in the phase after the component's.
   */
  streamsWhole?: string;
}

export function protocolOf(s: StepContext): string {
  return (s.candidate.node.deploy?.protocol ?? 'http').toUpperCase();
}
