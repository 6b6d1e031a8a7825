// How a plan is made, in words, for the "How this plan was made" section of the Markdown
// output. Keep in step with the comment block in extraction-phases.ts and schedule.ts.
import type { Strategy } from './model.ts';

export const STRATEGY_INVARIANTS: Readonly<Record<Strategy, string>> = {
  'dependencies-first':
    'if A uses B and both are inside the monolith, B leaves before A, or in the same phase when they form a cycle; new services never call back into the monolith.',
  'edge-first':
    'if A uses B and both are inside the monolith, A leaves before B (or with it, in a cycle): user-facing capabilities go first behind the facade and call the monolith through an anti-corruption API until B follows.',
  'most-evolved-first':
    'a component in a more evolved stage never leaves after a less evolved one; within a stage, dependencies first. Commodity parts are replaced by bought or outsourced products early.',
};

export const PLAN_METHOD: readonly string[] = [
  'Candidates are the components `inside` a monolith. `plan.exclude` leaves one out; one with no sourcing cannot be planned and is reported.',
  'The `uses` edges between candidates are condensed into strongly connected components (Tarjan, iterative). A cycle leaves in one phase, with a warning.',
  'Risk adds up coupling inside the monolith (up to 3), the stage (genesis 3, custom-built 2, product 1, commodity 0), inertia (2), owned data (2) and being in a cycle (1): 0–3 low, 4–6 medium, 7 and more high.',
  'Value adds up visibility (0–4), being reached from users (1) and the evolution gain towards `evolve` or the bought/outsourced target (0–4).',
  'Phases are filled in order: first the components pinned to the phase, then those a later pin needs first, then the ready ones by value for risk (value / (risk + 1)), ties by id, until the phase holds its limit of components (a cycle counts as one).',
  'Pins win: a pinned component lands in its phase even against the order; every edge that breaks is reported as `plan/pin-order`.',
  "With `--team-capacity`, a team (a node's `team`) takes on at most that many extractions in one phase; a pin that overloads a team is reported as `plan/team-capacity`.",
  'most-evolved-first reports every component that leaves after a less evolved one as `plan/stage-order`, and a cycle across stages as `plan/cycle-stages`.',
  "The pattern is the first that applies: buy → replace with a product; outsource → replace with a utility; TCP, MLLP or AMQP traffic (`deploy.protocol`) → message interception; high risk → parallel run; reached from users and calling the monolith → decorating collaborator; reached from users and called by the monolith's own pages → UI composition; reached from users → route at the facade; still called by monolith code → branch by abstraction; owns data → change data capture; otherwise branch by abstraction.",
  "Phase 0 prepares and moves nothing: the facade passes every path through to the monolith, baselines are recorded per path, and change data capture and pipelines are stood up when later phases need them. It is owned by the monolith's team.",
  "Data: the schema of a component that owns data is split inside the monolith's database in the phase before it leaves; while it canaries, the monolith stays the system of record (change data capture copies one way; the facade splits or mirrors only reads — GET, HEAD — and sends every write to the monolith; where the facade cannot match methods, our new service writes through the monolith's API, and a mirror by ingress-nginx marks its copies with Host mirror.<host> and no body so the service (told that Host by MIRROR_HOST) drops mirrored writes); a bought or outsourced data owner that the facade cannot keep from writes is not split: it runs beside the monolith filled by its import while the monolith keeps every request, and the next phase cuts over in one step (a freeze window on its writes while the import drains, then reverse sync); after its phase its own store is the record, with reverse sync while the monolith lives. Each phase lists its systems of record.",
  "Exit criteria come from the component's facts: its paths against the phase-0 baseline on the traffic the phase routes to it (its 10% canary share, mirrored copies, or all of it; the phase that sends its paths whole asks again at full traffic), its messages, the data it owns, the consumers that must stop calling the old code, and its sourcing (vendor SLA; contract, data-processing terms and exit plan).",
  "Each scaffold (a canary split, a mirror, a staged cut-over, a message router, a toggle, a sync job, an anti-corruption API) names the later phase that removes it. A clean-up phase after the last extraction removes the remaining ones and sends every path whole to its new service, so only the catch-all still reaches the monolith; unless something stays inside it, a last phase of its own, owned by the monolith's team, retires the monolith and its catch-all route.",
];
