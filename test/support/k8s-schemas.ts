// Ajv set up for the official schemas vendored in test/schemas/ (see its README): Kubernetes
// vendor keywords and formats, the Compose meta-schema alias, one validator per kind.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const draft7 = require('ajv/dist/refs/json-schema-draft-07.json') as Record<string, unknown>;
// ajv-formats is CommonJS: its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** Vendored into the repository (sources and licences in its README), so a lone clone passes. */
export const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schemas');
const K8S = 'kubernetes/v1.32.2-standalone-strict';

const KIND_SCHEMAS: Record<string, string> = {
  'apps/v1 Deployment': `${K8S}/deployment-apps-v1.json`,
  'v1 Service': `${K8S}/service-v1.json`,
  'v1 ConfigMap': `${K8S}/configmap-v1.json`,
  'v1 Namespace': `${K8S}/namespace-v1.json`,
  'v1 ServiceAccount': `${K8S}/serviceaccount-v1.json`,
  'v1 Secret': `${K8S}/secret-v1.json`,
  'networking.k8s.io/v1 Ingress': `${K8S}/ingress-networking-v1.json`,
  'networking.k8s.io/v1 NetworkPolicy': `${K8S}/networkpolicy-networking-v1.json`,
  'autoscaling/v2 HorizontalPodAutoscaler': `${K8S}/horizontalpodautoscaler-autoscaling-v2.json`,
  'policy/v1 PodDisruptionBudget': `${K8S}/poddisruptionbudget-policy-v1.json`,
  'gateway.networking.k8s.io/v1 HTTPRoute': 'gateway-api/httproute-gateway-v1.json',
  // Written from the Gateway API docs, not vendored (gateway-api/SOURCE-tcproute.md).
  'gateway.networking.k8s.io/v1alpha2 TCPRoute': 'gateway-api/tcproute-v1alpha2.json',
  'kustomize.config.k8s.io/v1beta1 Kustomization': 'kustomize/kustomization.json',
  'external-secrets.io/v1 ExternalSecret': 'crds/external-secrets.io-externalsecret_v1.json',
  'cilium.io/v2 CiliumNetworkPolicy': 'crds/cilium.io-ciliumnetworkpolicy_v2.json',
};

export const COMPOSE_SCHEMA = 'compose/compose-spec.json';

const KUBERNETES_KEYWORDS = [
  'x-kubernetes-group-version-kind',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-list-type',
  'x-kubernetes-map-type',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-unions',
  'x-kubernetes-validations',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-int-or-string',
  'x-kubernetes-embedded-resource',
];

function goPattern(pattern: string, flags: string): RegExp {
  return new RegExp(pattern.replace(/\\PC/g, '\\P{C}'), flags);
}
goPattern.code = 'goPattern';

function newAjv(): Ajv {
  const ajv = new Ajv({
    strictSchema: true,
    strictTypes: false,
    allowUnionTypes: true,
    allErrors: true,
    // CRD patterns are Go (RE2) syntax: `\PC` is "not a control character", `\P{C}` in JavaScript.
    code: { regExp: goPattern },
  });
  addFormats(ajv);
  ajv.addVocabulary(KUBERNETES_KEYWORDS);
  for (const f of ['int32', 'int64']) ajv.addFormat(f, { type: 'number', validate: Number.isInteger });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('int-or-string', true);
  // Formats of the vendored CRDs that ajv-formats does not know (Kubernetes' own OpenAPI names).
  ajv.addFormat('cidr', /^[0-9a-fA-F:.]+\/\d{1,3}$/);
  ajv.addFormat('idn-hostname', /^[^\s/]+$/);
  ajv.addMetaSchema({ ...draft7, $id: 'https://json-schema.org/draft-07/schema' });
  return ajv;
}

export interface SchemaValidator {
  /** Errors of one object (dispatched by apiVersion + kind), or of a compose file; [] when valid. */
  kubernetes(object: unknown): string[];
  compose(object: unknown): string[];
}

/** Compiles the schemas lazily, once per validator; create one per test file. */
export function schemaValidator(): SchemaValidator {
  const ajv = newAjv();
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (file: string): ValidateFunction => {
    let v = compiled.get(file);
    if (v === undefined) {
      v = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8')) as object);
      compiled.set(file, v);
    }
    return v;
  };
  const run = (file: string, object: unknown): string[] => {
    const v = validatorFor(file);
    return v(object)
      ? []
      : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  };
  return {
    kubernetes(object) {
      const o = object as { apiVersion?: unknown; kind?: unknown };
      const file = KIND_SCHEMAS[`${String(o.apiVersion)} ${String(o.kind)}`];
      return file === undefined ? [`no schema for ${String(o.apiVersion)} ${String(o.kind)}`] : run(file, object);
    },
    compose: (object) => run(COMPOSE_SCHEMA, object),
  };
}
