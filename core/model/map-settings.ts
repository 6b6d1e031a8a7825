// Named operations on the map's own settings: title, description, stage labels and boundaries,
// deployment (registry, namespace, gateway, environments) and annotations. Each is (doc, args) →
// doc like the node operations; the schema check on re-parse refuses what the file could not hold.
import type { MapDocument } from '../format/parse.ts';
import { roundCoordinate } from '../format/style.ts';
import { editFailed, type EditResult } from './commit.ts';
import { isValidId } from './ids.ts';
import { setMapField } from './map-fields.ts';
import type { Annotation, DeploymentSettings, Environment, Stages } from './types.ts';

export type StageLabelsValue = NonNullable<Stages['labels']>;
export type DeploymentField = 'registry' | 'namespace' | 'tag' | 'host';
export type EnvironmentField = 'namespace' | 'replicas' | 'tag' | 'host' | 'sites';

export function setMapTitle(document: MapDocument, title: string): EditResult {
  const trimmed = title.trim();
  if (trimmed === '') return editFailed('edit/title', 'a map needs a title');
  return setMapField(document, 'title', trimmed);
}

export function setMapDescription(document: MapDocument, description: string | undefined): EditResult {
  const text = description?.trim();
  return setMapField(document, 'description', text === '' ? undefined : text);
}

export function setStageLabels(document: MapDocument, labels: StageLabelsValue | undefined): EditResult {
  return setStages(document, { ...document.map.stages, labels });
}

export function setStageBoundaries(
  document: MapDocument,
  boundaries: readonly [number, number, number] | undefined,
): EditResult {
  if (boundaries) {
    const [a, b, c] = boundaries;
    if (!(a > 0 && a < b && b < c && c < 1))
      return editFailed('edit/stages', `stage boundaries must rise between 0 and 1 (got ${boundaries.join(', ')})`);
  }
  const rounded = boundaries?.map(roundCoordinate) as [number, number, number] | undefined;
  return setStages(document, { ...document.map.stages, boundaries: rounded });
}

function setStages(document: MapDocument, stages: Record<string, unknown>): EditResult {
  const kept = Object.fromEntries(Object.entries(stages).filter(([, v]) => v !== undefined));
  return setMapField(document, 'stages', Object.keys(kept).length > 0 ? kept : undefined);
}

function deploymentOf(document: MapDocument): DeploymentSettings {
  return document.map.deployment ?? {};
}

function setDeployment(document: MapDocument, deployment: Record<string, unknown>): EditResult {
  const kept = Object.fromEntries(Object.entries(deployment).filter(([, v]) => v !== undefined));
  return setMapField(document, 'deployment', Object.keys(kept).length > 0 ? kept : undefined);
}

export function setDeploymentField(
  document: MapDocument,
  field: DeploymentField,
  value: string | undefined,
): EditResult {
  const text = value?.trim();
  return setDeployment(document, { ...deploymentOf(document), [field]: text === '' ? undefined : text });
}

/** The ingress gateway the routes attach to; no name removes it. */
export function setGateway(document: MapDocument, name: string | undefined, namespace?: string): EditResult {
  const gateway = name?.trim()
    ? { name: name.trim(), ...(namespace?.trim() ? { namespace: namespace.trim() } : {}) }
    : undefined;
  return setDeployment(document, { ...deploymentOf(document), gateway });
}

export function addEnvironment(document: MapDocument, name: string, environment: Environment = {}): EditResult {
  const environments = deploymentOf(document).environments ?? {};
  if (!isValidId(name))
    return editFailed(
      'edit/environment',
      `'${name}' is not a valid environment name (lowercase letters, digits, hyphens)`,
    );
  if (Object.hasOwn(environments, name)) return editFailed('edit/environment', `environment '${name}' already exists`);
  return setDeployment(document, { ...deploymentOf(document), environments: { ...environments, [name]: environment } });
}

export function setEnvironmentField(
  document: MapDocument,
  name: string,
  field: EnvironmentField,
  value: string | number | string[] | undefined,
): EditResult {
  const environments = deploymentOf(document).environments ?? {};
  const current = Object.hasOwn(environments, name) ? environments[name] : undefined;
  if (!current) return editFailed('edit/environment', `there is no environment '${name}'`);
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  const next = { ...current, [field]: empty ? undefined : value };
  const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Environment;
  return setDeployment(document, { ...deploymentOf(document), environments: { ...environments, [name]: kept } });
}

export function removeEnvironment(document: MapDocument, name: string): EditResult {
  const environments = { ...(deploymentOf(document).environments ?? {}) };
  if (!Object.hasOwn(environments, name)) return editFailed('edit/environment', `there is no environment '${name}'`);
  delete environments[name];
  const left = Object.keys(environments).length > 0 ? environments : undefined;
  return setDeployment(document, { ...deploymentOf(document), environments: left });
}

export function addAnnotation(document: MapDocument, annotation: Annotation): EditResult {
  if (annotation.text.trim() === '') return editFailed('edit/annotation', 'an annotation needs text');
  return setMapField(document, 'annotations', [...(document.map.annotations ?? []), annotation]);
}

/** Replaces annotation `index` (0-based, in file order). */
export function updateAnnotation(document: MapDocument, index: number, annotation: Annotation): EditResult {
  const list = document.map.annotations ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= list.length)
    return editFailed('edit/annotation', `there is no annotation ${index + 1}`);
  if (annotation.text.trim() === '') return editFailed('edit/annotation', 'an annotation needs text');
  const kept = Object.fromEntries(Object.entries(annotation).filter(([, v]) => v !== undefined)) as Annotation;
  return setMapField(
    document,
    'annotations',
    list.map((a, i) => (i === index ? kept : a)),
  );
}

export function removeAnnotation(document: MapDocument, index: number): EditResult {
  const list = document.map.annotations ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= list.length)
    return editFailed('edit/annotation', `there is no annotation ${index + 1}`);
  const left = list.filter((_, i) => i !== index);
  return setMapField(document, 'annotations', left.length > 0 ? left : undefined);
}
