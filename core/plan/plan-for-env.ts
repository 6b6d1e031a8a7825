// `plan --env X`: the plan as the senders of one environment read it. A Gateway shared by several
// namespaces gives each its own facade port per stream (core/system/stream-listeners.ts); the
// plan for one environment names only that namespace's port.
import type { Plan } from './model.ts';

/** The plan with every stream row's listeners cut to one namespace (rows without listeners stay). */
export function planForNamespace(plan: Plan, namespace: string): Plan {
  return {
    ...plan,
    phases: plan.phases.map((p) =>
      p.streams === undefined
        ? p
        : {
            ...p,
            streams: p.streams.map((s) =>
              s.listeners === undefined ? s : { ...s, listeners: s.listeners.filter((l) => l.namespace === namespace) },
            ),
          },
    ),
  };
}
