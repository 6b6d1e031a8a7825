// A model's deployed component by id. The model lists its components; searching a list for each
// dependency made the export quadratic: each call to a managed service searched every managed
// service (at 10,000 nodes that search grew 26 times where the map grew 5).
import type { DeploymentModel, ProductComponent, ServiceComponent } from './model.ts';

// A table per list, made at the first look-up: a model's lists do not change once it is made.
const tables = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** The first entry of `list` with this id, as `list.find` gives it, through a table made once per list. */
function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let table = tables.get(list);
  if (table === undefined) {
    const made = new Map<string, T>();
    for (const entry of list) if (!made.has(entry.id)) made.set(entry.id, entry);
    tables.set(list, made);
    table = made;
  }
  return table.get(id) as T | undefined;
}

/** The managed service (an outsourced component) `id` of the model, if it is one. */
export function serviceOf(model: DeploymentModel, id: string): ServiceComponent | undefined {
  return byId(model.services, id);
}

/** The bought product `id` of the model, if it is one. */
export function productOf(model: DeploymentModel, id: string): ProductComponent | undefined {
  return byId(model.products, id);
}
