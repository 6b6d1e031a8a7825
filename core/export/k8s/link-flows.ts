// The system's allowed flows, read onto the deployment model's components: who each one uses and
// is used by (its NetworkPolicy), which the facade routes to, and which calls to a managed service
// the standard NetworkPolicy cannot open.
import type { Sourcing } from '../../model/types.ts';
import { placeholderManagedHost } from '../../system/ports.ts';
import { FACADE, type Facade, type Flow } from '../../system/types.ts';
import type {
  BuildComponent,
  ClosedFlow,
  NetworkPolicyFlavour,
  ProductComponent,
  ServiceComponent,
} from './component-types.ts';

type AnyComponent = BuildComponent | ProductComponent | ServiceComponent;

function sourcingOf(c: AnyComponent): Sourcing {
  return 'image' in c ? 'build' : 'secretKeys' in c ? 'outsource' : 'buy';
}

/**
 * The system's allowed flows become each component's `uses` and `usedBy`; flows from the
 * facade mark a component as routed. Flows to a managed service with no address range (and no
 * FQDN policy) stay closed and are listed for the README.
 */
export function linkFlows(
  flows: readonly Flow[],
  facade: Facade,
  all: readonly AnyComponent[],
  flavour: NetworkPolicyFlavour,
): ClosedFlow[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  const closed: ClosedFlow[] = [];
  for (const f of flows) {
    const to = byId.get(f.to);
    if (to === undefined) continue;
    const front = f.from === FACADE || (facade.kind === 'controller' && f.from === facade.id);
    // A connection to a stream listener is admitted by the listener's own rule (network.ts).
    const stream = front && 'streams' in to && to.streams.some((s) => s.port === f.port);
    if (front && !stream && 'routed' in to) to.routed = true;
    if (f.from === FACADE) continue;
    const from = byId.get(f.from);
    if (from === undefined || 'secretKeys' in from) continue;
    from.uses.push({ id: to.id, sourcing: sourcingOf(to), port: f.port });
    if (!stream) to.usedBy.push({ id: from.id, sourcing: sourcingOf(from) });
    if ('secretKeys' in to && to.cidrs.length === 0 && flavour === 'standard')
      closed.push({
        from: from.id,
        to: to.id,
        port: f.port,
        host: to.host ?? placeholderManagedHost(to.id),
      });
  }
  return closed;
}
