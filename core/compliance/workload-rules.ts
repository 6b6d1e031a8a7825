// compliance/public-registry: a workload holding sensitive data pulls its image from a public
// registry (the seed talk's first HIPAA step was a private registry: Docker Hub could not be used
// in production). compliance/no-owner: sensitive data in a component no team answers for.
import { BUILD, COMPONENT, DATA, eachEntry } from '../doctrine/columns.ts';
import { nodeFinding, type DoctrineRule, type Finding, type RuleContext } from '../doctrine/finding.ts';
import { classesHeld, holdsSensitiveData } from './classes.ts';
import { isPublicRegistry, registryHost } from './registries.ts';

export const PUBLIC_REGISTRY = 'compliance/public-registry';
export const NO_OWNER = 'compliance/no-owner';

export const publicRegistry: DoctrineRule = {
  ids: [PUBLIC_REGISTRY],
  reason: 'workloads holding sensitive data pull their images from a private registry',
  check(context: RuleContext): Finding[] {
    const registry = context.map.deployment?.registry;
    if (registry === undefined || !isPublicRegistry(registry)) return [];
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT | DATA | BUILD }, (id, node) => {
      if (!holdsSensitiveData(node) || node.sourcing !== 'build') return;
      const message = `'${id}' holds ${classesHeld(node).join(', ')} but its image comes from ${registryHost(registry)}, a public registry: use a private one`;
      out.push(nodeFinding(PUBLIC_REGISTRY, 'warning', id, ['nodes', id, 'data'], message));
    });
    return out;
  },
};

export const noOwner: DoctrineRule = {
  ids: [NO_OWNER],
  reason: 'sensitive data needs a team that answers for it',
  check(context: RuleContext): Finding[] {
    const out: Finding[] = [];
    eachEntry(context, { all: COMPONENT | DATA }, (id, node) => {
      if (!holdsSensitiveData(node) || node.team !== undefined) return;
      const message = `'${id}' holds ${classesHeld(node).join(', ')} but has no team: name the team that answers for it`;
      out.push(nodeFinding(NO_OWNER, 'warning', id, ['nodes', id, 'data'], message));
    });
    return out;
  },
};
