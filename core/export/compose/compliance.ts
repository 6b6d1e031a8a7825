// Compose marks the services holding sensitive data (labels), so whoever runs the stack locally
// sees which containers must only ever get test data. A hook on #11's compose model.
import type { SensitiveContext } from '../k8s/compliance.ts';

export const DATA_CLASSES_LABEL = 'mapwright.dev/data-classes';
export const RESIDENCY_LABEL = 'mapwright.dev/residency';

/** The compose document with data-class (and residency) labels on every service holding data. */
export function markSensitive(compose: Record<string, unknown>, s: SensitiveContext): Record<string, unknown> {
  const services = compose['services'] as Record<string, Record<string, unknown>>;
  const marked: Record<string, unknown> = {};
  for (const [id, service] of Object.entries(services)) {
    const classes = s.classes.get(id);
    if (classes === undefined) {
      marked[id] = service;
      continue;
    }
    const labels: Record<string, string> = { ...(service['labels'] as Record<string, string> | undefined) };
    labels[DATA_CLASSES_LABEL] = classes.join(',');
    const residency = s.residency.get(id);
    if (residency !== undefined) labels[RESIDENCY_LABEL] = residency.join(',');
    marked[id] = { ...service, labels };
  }
  return { ...compose, services: marked };
}
