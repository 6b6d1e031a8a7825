// A step that moves sensitive data says so, and cannot be called done until the controls are
// checked: encryption verified at rest and in transit, access audited, a backup restored once.
// Its data step copies the data encrypted. Applied to each planned step (one hook in
// step-builder.ts), so the plan's own wording stays with the plan.
import { classesHeld } from '../compliance/classes.ts';
import type { WardleyMap } from '../model/types.ts';
import type { DataStep, Step } from './model.ts';

/** What a planned step carries that sensitive data changes. */
interface Planned {
  step: Step;
  dataStep?: DataStep;
}

/** The planned step with what moving its sensitive data requires; unchanged when it holds none. */
export function withSensitiveData<P extends Planned>(planned: P, map: WardleyMap): P {
  const node = map.nodes[planned.step.node];
  const classes = node ? classesHeld(node) : [];
  if (classes.length === 0) return planned;
  const { step } = planned;
  const held = classes.join(', ');
  const storage = map.deployment?.sensitive?.storageClass;
  const atRest = storage === undefined ? 'an encrypted storage class' : `the encrypted storage class '${storage}'`;
  const residency = node?.data?.residency;
  const out: P = {
    ...planned,
    step: {
      ...step,
      reasoning: [...step.reasoning, `moves ${held} out of ${step.monolith}: the controls below are exit criteria`],
      exitCriteria: [
        ...step.exitCriteria,
        ...encryptionCriteria(step.node, step.sourcing, atRest),
        `access audited: every read of ${held} in ${step.node} is logged, and one week of that log reviewed by its owner`,
        `backup restored once: a backup of ${step.node}'s ${held} restored into a scratch environment and checked against the source`,
        ...(residency === undefined ? [] : [`${held} of ${step.node} stored only in ${residency.join(', ')}`]),
      ],
    },
  };
  if (planned.dataStep !== undefined)
    out.dataStep = {
      ...planned.dataStep,
      description: `${planned.dataStep.description}; the copy of ${held} is encrypted in transit (TLS to the new store) and at rest (${atRest})`,
    };
  return out;
}

function encryptionCriteria(id: string, sourcing: Step['sourcing'], atRest: string): string[] {
  if (sourcing === 'outsource')
    return [
      `encryption verified: the provider of ${id} confirms in writing encryption at rest and in transit and dedicated tenancy`,
    ];
  return [
    `encryption verified: ${id}'s volumes are on ${atRest}, and its Service answers only over TLS (a plain-HTTP request is refused)`,
  ];
}
