// Generated from schema/map.schema.json by `npm run gen`. Do not edit.
/* eslint-disable */
// @ts-nocheck
import * as func1Module from 'ajv/dist/runtime/ucs2length.js';
import * as func0Module from 'ajv/dist/runtime/equal.js';
const unlocated = Object.freeze({ instancePath: '', dynamicAnchors: Object.freeze({}) });

export const validate = validate20;
const schema31 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mapwright.dev/schema/map.schema.json',
  title: 'WardleyMap',
  description:
    'A Mapwright map: users, needs and components on the evolution axis, with sourcing decisions and deployment hints.',
  type: 'object',
  required: ['version', 'title', 'nodes'],
  properties: {
    version: { description: 'Format version of the map file.', const: 1 },
    title: { $ref: '#/$defs/text' },
    description: { $ref: '#/$defs/longText' },
    stages: { $ref: '#/$defs/stages' },
    deployment: { $ref: '#/$defs/deploymentSettings' },
    nodes: {
      description:
        'Every user, need and component, keyed by a stable slug id (it becomes Kubernetes names and file names).',
      type: 'object',
      propertyNames: { $ref: '#/$defs/id' },
      additionalProperties: { $ref: '#/$defs/node' },
      maxProperties: 20000,
    },
    annotations: {
      description: 'Free-form notes placed on the map or attached to nodes.',
      type: 'array',
      maxItems: 1000,
      items: { $ref: '#/$defs/annotation' },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
  $defs: {
    id: {
      description:
        'A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.',
      type: 'string',
      maxLength: 63,
      pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$',
      not: { enum: ['constructor', 'prototype'] },
    },
    text: {
      description:
        'One line of free text: any Unicode but control, format, line or paragraph separator characters, and no lone UTF-16 surrogate (it cannot be written as UTF-8).',
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$',
    },
    longText: {
      description:
        'Free text that may span lines; no lone UTF-16 surrogate (it cannot be written as UTF-8).',
      type: 'string',
      maxLength: 10000,
      pattern: '^\\P{Cs}*$',
    },
    unit: { type: 'number', minimum: 0, maximum: 1 },
    sourcing: {
      description:
        'How the component is sourced: build in-house, buy a product, or outsource to a utility.',
      enum: ['build', 'buy', 'outsource'],
    },
    dataClass: {
      description:
        'A class of sensitive data: phi (protected health information), pii (personal data), pci (payment card data), confidential (business secrets).',
      enum: ['phi', 'pii', 'pci', 'confidential'],
    },
    agreement: {
      description: 'An agreement a supplier has signed.',
      enum: ['baa', 'dpa', 'pci-dss', 'scc', 'nda'],
    },
    dataHeld: {
      description: 'The sensitive data this component holds, and where it may live.',
      type: 'object',
      required: ['classes'],
      properties: {
        classes: {
          description: 'The classes of sensitive data held.',
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { $ref: '#/$defs/dataClass' },
        },
        residency: {
          description:
            'The sites or regions the data may live in (ids, as environments name their sites).',
          type: 'array',
          minItems: 1,
          maxItems: 50,
          uniqueItems: true,
          items: { $ref: '#/$defs/id' },
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    stages: {
      description: 'Stage labels and boundaries of the evolution axis.',
      type: 'object',
      properties: {
        labels: {
          description: 'A preset name or four labels from genesis to commodity.',
          oneOf: [
            { enum: ['activities', 'practices', 'data', 'knowledge'] },
            { type: 'array', minItems: 4, maxItems: 4, items: { $ref: '#/$defs/text' } },
          ],
        },
        boundaries: {
          description:
            'The three evolution values where stages II, III and IV begin (default 0.175, 0.4, 0.7).',
          type: 'array',
          minItems: 3,
          maxItems: 3,
          items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    node: {
      type: 'object',
      required: ['kind', 'name', 'evolution', 'visibility'],
      properties: {
        kind: { enum: ['user', 'need', 'component'] },
        name: { $ref: '#/$defs/text' },
        evolution: { $ref: '#/$defs/unit', description: '0 = genesis … 1 = commodity.' },
        visibility: { $ref: '#/$defs/unit', description: '1 = seen by the user … 0 = invisible.' },
        uses: {
          description: 'Ids of the nodes this node depends on.',
          type: 'array',
          uniqueItems: true,
          maxItems: 1000,
          items: { $ref: '#/$defs/id' },
        },
        sourcing: { $ref: '#/$defs/sourcing' },
        evolve: {
          $ref: '#/$defs/unit',
          description: 'Planned evolution, drawn as a movement arrow.',
        },
        inertia: { type: 'boolean', description: 'Resistance to the planned movement.' },
        inside: {
          $ref: '#/$defs/id',
          description: 'The legacy monolith component that currently contains this one.',
        },
        platform: {
          type: 'boolean',
          description:
            'The platform the workloads run on (power, compute, the cluster itself): not deployed, not called by URL; exports generate nothing for it.',
        },
        team: { $ref: '#/$defs/text' },
        data: { $ref: '#/$defs/dataHeld' },
        agreements: {
          description:
            'For buy and outsource: the agreements the supplier has signed (baa: HIPAA business associate agreement; dpa: GDPR data processing agreement; pci-dss: PCI DSS attestation; scc: standard contractual clauses; nda).',
          type: 'array',
          uniqueItems: true,
          items: { $ref: '#/$defs/agreement' },
        },
        note: { $ref: '#/$defs/longText' },
        url: { type: 'string', maxLength: 2000, pattern: '^https?://[^\\s]+$' },
        deploy: { $ref: '#/$defs/deployHints' },
        plan: { $ref: '#/$defs/planHints' },
        evolutionAnswers: { $ref: '#/$defs/evolutionAnswers' },
        ignore: {
          description:
            'Doctrine findings silenced on this node: rule id → the reason, written out.',
          type: 'object',
          propertyNames: { type: 'string', maxLength: 64, pattern: '^[a-z]+/[a-z-]+$' },
          additionalProperties: { $ref: '#/$defs/text' },
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    planHints: {
      description: 'Migration-plan choices for a component inside a monolith.',
      type: 'object',
      properties: {
        phase: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          description: 'Pin the extraction to this phase.',
        },
        exclude: { type: 'boolean', description: 'Leave this component out of the plan.' },
        paths: {
          description: 'Facade paths the monolith serves today for this capability.',
          type: 'array',
          maxItems: 50,
          items: { $ref: '#/$defs/httpPath' },
        },
        data: { type: 'boolean', description: 'The component owns data that others read.' },
        slo: {
          description:
            'Service level objective its users hold it to: the exit criteria of its extraction are measured against it.',
          type: 'object',
          properties: {
            availability: {
              type: 'number',
              minimum: 90,
              maximum: 100,
              description: 'Share of successful requests, in percent (99.9).',
            },
            p95Ms: {
              type: 'integer',
              minimum: 1,
              maximum: 600000,
              description: '95th-percentile latency ceiling in milliseconds.',
            },
            p99Ms: {
              type: 'integer',
              minimum: 1,
              maximum: 600000,
              description: '99th-percentile latency ceiling in milliseconds.',
            },
          },
          additionalProperties: false,
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    httpPath: { type: 'string', maxLength: 200, pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" },
    quantity: {
      type: 'string',
      maxLength: 32,
      pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$',
    },
    imageRef: { type: 'string', maxLength: 255, pattern: '^[a-z0-9]+([._/-][a-z0-9]+)*$' },
    tag: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
    chartVersion: {
      description:
        'An exact SemVer chart version (1.2.3, v1.2.3, 1.2.3-rc.1): never latest or a range, so every install gets the same chart.',
      type: 'string',
      maxLength: 128,
      pattern:
        '^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$',
    },
    hostname: {
      type: 'string',
      maxLength: 253,
      pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
    },
    deployHints: {
      description:
        'How the component is deployed. build: image, port, replicas…; buy: chart; outsource: service.',
      type: 'object',
      properties: {
        image: {
          $ref: '#/$defs/imageRef',
          description: "Image repository below the map's registry (default: the node id).",
        },
        tag: { $ref: '#/$defs/tag' },
        port: { type: 'integer', minimum: 1, maximum: 65535 },
        replicas: { type: 'integer', minimum: 0, maximum: 1000 },
        path: {
          $ref: '#/$defs/httpPath',
          description: 'Public path at the edge for user-facing components.',
        },
        health: {
          $ref: '#/$defs/httpPath',
          description: 'HTTP path of the readiness and liveness probes.',
        },
        resources: {
          type: 'object',
          properties: {
            cpu: { $ref: '#/$defs/quantity' },
            memory: { $ref: '#/$defs/quantity' },
            cpuLimit: { $ref: '#/$defs/quantity' },
            memoryLimit: { $ref: '#/$defs/quantity' },
          },
          additionalProperties: false,
        },
        env: {
          type: 'object',
          maxProperties: 200,
          propertyNames: { type: 'string', maxLength: 128, pattern: '^[A-Z_][A-Z0-9_]*$' },
          additionalProperties: { type: 'string', maxLength: 2000 },
        },
        chart: {
          description: "For buy: the product's Helm chart, pinned.",
          type: 'object',
          required: ['name', 'repository', 'version'],
          properties: {
            name: { $ref: '#/$defs/id' },
            repository: { type: 'string', maxLength: 500, pattern: '^(https|oci)://[^\\s]+$' },
            version: { $ref: '#/$defs/chartVersion' },
          },
          additionalProperties: false,
        },
        service: {
          description: 'For outsource: the managed service.',
          type: 'object',
          properties: {
            provider: { $ref: '#/$defs/text' },
            kind: {
              $ref: '#/$defs/text',
              description: 'e.g. postgres, object-storage, email, identity.',
            },
            host: { $ref: '#/$defs/hostname' },
            port: { type: 'integer', minimum: 1, maximum: 65535 },
            secretKeys: {
              type: 'array',
              maxItems: 50,
              uniqueItems: true,
              items: { type: 'string', maxLength: 128, pattern: '^[A-Z_][A-Z0-9_]*$' },
            },
            cidrs: {
              type: 'array',
              maxItems: 50,
              uniqueItems: true,
              description: 'Address ranges of the managed service: egress is opened to these only.',
              items: { type: 'string', maxLength: 43, pattern: '^[0-9a-fA-F:.]+/[0-9]{1,3}$' },
            },
          },
          additionalProperties: false,
        },
        protocol: {
          enum: ['http', 'grpc', 'tcp', 'mllp', 'amqp'],
          description:
            'How callers reach the component: non-HTTP traffic cannot be routed by path at the facade.',
        },
        streamPort: {
          type: 'integer',
          minimum: 1,
          maximum: 65535,
          description:
            "Port of the component's TCP or MLLP listener, exposed at the facade (default for mllp: 2575, the port IANA registers for HL7).",
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    environment: {
      type: 'object',
      properties: {
        namespace: { $ref: '#/$defs/id' },
        replicas: { type: 'integer', minimum: 0, maximum: 1000 },
        tag: { $ref: '#/$defs/tag' },
        host: { $ref: '#/$defs/hostname' },
        sites: {
          description: 'Sites (data centres, clusters) this environment runs in; one overlay each.',
          type: 'array',
          maxItems: 20,
          uniqueItems: true,
          items: { $ref: '#/$defs/id' },
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    labelKey: {
      description: 'A Kubernetes label or taint key: an optional DNS-subdomain prefix and a name.',
      type: 'string',
      maxLength: 316,
      pattern:
        '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
    },
    labelValue: {
      description: 'A Kubernetes label or taint value.',
      type: 'string',
      maxLength: 63,
      pattern: '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
    },
    sensitiveSettings: {
      description:
        'Where workloads holding sensitive data run: a dedicated node pool (servers not shared with the public) and an encrypted storage class.',
      type: 'object',
      properties: {
        nodePool: {
          description:
            'The dedicated node pool: the label its nodes carry and the taint that keeps other workloads off.',
          type: 'object',
          required: ['label'],
          properties: {
            label: {
              type: 'object',
              required: ['key', 'value'],
              properties: {
                key: { $ref: '#/$defs/labelKey' },
                value: { $ref: '#/$defs/labelValue' },
              },
              additionalProperties: false,
            },
            taint: {
              type: 'object',
              required: ['key', 'effect'],
              properties: {
                key: { $ref: '#/$defs/labelKey' },
                value: { $ref: '#/$defs/labelValue' },
                effect: { enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
              },
              additionalProperties: false,
            },
          },
          additionalProperties: false,
        },
        storageClass: {
          $ref: '#/$defs/id',
          description: 'The storage class of encrypted volumes.',
        },
        residencyLabel: {
          $ref: '#/$defs/labelKey',
          description:
            "The node label that names a node's site or region, for residency affinity (default topology.kubernetes.io/region).",
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    deploymentSettings: {
      description: 'Map-level deployment settings.',
      type: 'object',
      properties: {
        registry: {
          type: 'string',
          maxLength: 255,
          pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
        },
        namespace: { $ref: '#/$defs/id' },
        tag: { $ref: '#/$defs/tag' },
        host: { $ref: '#/$defs/hostname' },
        gateway: {
          type: 'object',
          required: ['name'],
          properties: { name: { $ref: '#/$defs/id' }, namespace: { $ref: '#/$defs/id' } },
          additionalProperties: false,
        },
        sensitive: { $ref: '#/$defs/sensitiveSettings' },
        environments: {
          type: 'object',
          maxProperties: 50,
          propertyNames: { $ref: '#/$defs/id' },
          additionalProperties: { $ref: '#/$defs/environment' },
        },
        facade: {
          $ref: '#/$defs/id',
          description:
            'Id of a bought ingress controller on the map that fronts the system instead of the Gateway API gateway (it must be a component with sourcing buy).',
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    annotation: {
      type: 'object',
      required: ['text'],
      properties: {
        text: { $ref: '#/$defs/longText' },
        evolution: { $ref: '#/$defs/unit' },
        visibility: { $ref: '#/$defs/unit' },
        nodes: { type: 'array', maxItems: 100, items: { $ref: '#/$defs/id' } },
        kind: {
          description: 'What the annotation records.',
          enum: ['note', 'climate', 'gameplay', 'doctrine', 'risk'],
        },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    evolutionAnswers: {
      description:
        "A workshop's answers to Wardley's evolution cheat sheet: each characteristic → the stage (1 genesis … 4 commodity) the group chose, so the file says why the node sits where it does.",
      type: 'object',
      properties: {
        ubiquity: { $ref: '#/$defs/stageNumber' },
        certainty: { $ref: '#/$defs/stageNumber' },
        publication: { $ref: '#/$defs/stageNumber' },
        market: { $ref: '#/$defs/stageNumber' },
        knowledge: { $ref: '#/$defs/stageNumber' },
        'market-perception': { $ref: '#/$defs/stageNumber' },
        'user-perception': { $ref: '#/$defs/stageNumber' },
        'industry-perception': { $ref: '#/$defs/stageNumber' },
        'focus-of-value': { $ref: '#/$defs/stageNumber' },
        understanding: { $ref: '#/$defs/stageNumber' },
        comparison: { $ref: '#/$defs/stageNumber' },
        failure: { $ref: '#/$defs/stageNumber' },
        'market-action': { $ref: '#/$defs/stageNumber' },
        efficiency: { $ref: '#/$defs/stageNumber' },
        'decision-drivers': { $ref: '#/$defs/stageNumber' },
      },
      additionalProperties: false,
    },
    stageNumber: {
      description:
        'An evolution stage: 1 genesis, 2 custom-built, 3 product (+rental), 4 commodity (+utility).',
      enum: [1, 2, 3, 4],
    },
  },
};
const schema32 = {
  description:
    'One line of free text: any Unicode but control, format, line or paragraph separator characters, and no lone UTF-16 surrogate (it cannot be written as UTF-8).',
  type: 'string',
  minLength: 1,
  maxLength: 200,
  pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$',
};
const schema33 = {
  description:
    'Free text that may span lines; no lone UTF-16 surrogate (it cannot be written as UTF-8).',
  type: 'string',
  maxLength: 10000,
  pattern: '^\\P{Cs}*$',
};
const schema37 = {
  description:
    'A slug: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (a DNS-1123 label). `constructor` and `prototype` are reserved.',
  type: 'string',
  maxLength: 63,
  pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$',
  not: { enum: ['constructor', 'prototype'] },
};
const pattern4 = new RegExp('^x-', 'u');
const pattern5 = new RegExp('^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$', 'u');
const pattern6 = new RegExp('^\\P{Cs}*$', 'u');
const pattern11 = new RegExp('^[a-z]([a-z0-9-]*[a-z0-9])?$', 'u');
const func1 = func1Module.default?.default ?? func1Module.default;
const schema34 = {
  description: 'Stage labels and boundaries of the evolution axis.',
  type: 'object',
  properties: {
    labels: {
      description: 'A preset name or four labels from genesis to commodity.',
      oneOf: [
        { enum: ['activities', 'practices', 'data', 'knowledge'] },
        { type: 'array', minItems: 4, maxItems: 4, items: { $ref: '#/$defs/text' } },
      ],
    },
    boundaries: {
      description:
        'The three evolution values where stages II, III and IV begin (default 0.175, 0.4, 0.7).',
      type: 'array',
      minItems: 3,
      maxItems: 3,
      items: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'labels' || key0 === 'boundaries' || pattern4.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data0 = data.labels;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (!(
        data0 === 'activities' ||
        data0 === 'practices' ||
        data0 === 'data' ||
        data0 === 'knowledge'
      )) {
        const err1 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf/0/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.labels.oneOf[0].enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      if (Array.isArray(data0)) {
        if (data0.length > 4) {
          const err2 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/properties/labels/oneOf/1/maxItems',
            keyword: 'maxItems',
            params: { limit: 4 },
            message: 'must NOT have more than 4 items',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 4) {
          const err3 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/properties/labels/oneOf/1/minItems',
            keyword: 'minItems',
            params: { limit: 4 },
            message: 'must NOT have fewer than 4 items',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (data1.length > 200 && func1(data1) > 200) {
              const err4 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.length < 2 && func1(data1) < 1) {
              const err5 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern5.test(data1)) {
              const err6 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/labels/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.boundaries !== undefined) {
      let data2 = data.boundaries;
      if (Array.isArray(data2)) {
        if (data2.length > 3) {
          const err10 = {
            instancePath: instancePath + '/boundaries',
            schemaPath: '#/properties/boundaries/maxItems',
            keyword: 'maxItems',
            params: { limit: 3 },
            message: 'must NOT have more than 3 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.length < 3) {
          const err11 = {
            instancePath: instancePath + '/boundaries',
            schemaPath: '#/properties/boundaries/minItems',
            keyword: 'minItems',
            params: { limit: 3 },
            message: 'must NOT have fewer than 3 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 == 'number' && isFinite(data3)) {
            if (data3 >= 1 || isNaN(data3)) {
              const err12 = {
                instancePath: instancePath + '/boundaries/' + i1,
                schemaPath: '#/properties/boundaries/items/exclusiveMaximum',
                keyword: 'exclusiveMaximum',
                params: { comparison: '<', limit: 1 },
                message: 'must be < 1',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data3 <= 0 || isNaN(data3)) {
              const err13 = {
                instancePath: instancePath + '/boundaries/' + i1,
                schemaPath: '#/properties/boundaries/items/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/boundaries/' + i1,
              schemaPath: '#/properties/boundaries/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/boundaries',
          schemaPath: '#/properties/boundaries/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema36 = {
  description: 'Map-level deployment settings.',
  type: 'object',
  properties: {
    registry: {
      type: 'string',
      maxLength: 255,
      pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
    },
    namespace: { $ref: '#/$defs/id' },
    tag: { $ref: '#/$defs/tag' },
    host: { $ref: '#/$defs/hostname' },
    gateway: {
      type: 'object',
      required: ['name'],
      properties: { name: { $ref: '#/$defs/id' }, namespace: { $ref: '#/$defs/id' } },
      additionalProperties: false,
    },
    sensitive: { $ref: '#/$defs/sensitiveSettings' },
    environments: {
      type: 'object',
      maxProperties: 50,
      propertyNames: { $ref: '#/$defs/id' },
      additionalProperties: { $ref: '#/$defs/environment' },
    },
    facade: {
      $ref: '#/$defs/id',
      description:
        'Id of a bought ingress controller on the map that fronts the system instead of the Gateway API gateway (it must be a component with sourcing buy).',
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const schema38 = { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' };
const schema39 = {
  type: 'string',
  maxLength: 253,
  pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
};
const pattern10 = new RegExp(
  '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
  'u',
);
const pattern12 = new RegExp('^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$', 'u');
const pattern13 = new RegExp(
  '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
  'u',
);
const schema42 = {
  description:
    'Where workloads holding sensitive data run: a dedicated node pool (servers not shared with the public) and an encrypted storage class.',
  type: 'object',
  properties: {
    nodePool: {
      description:
        'The dedicated node pool: the label its nodes carry and the taint that keeps other workloads off.',
      type: 'object',
      required: ['label'],
      properties: {
        label: {
          type: 'object',
          required: ['key', 'value'],
          properties: { key: { $ref: '#/$defs/labelKey' }, value: { $ref: '#/$defs/labelValue' } },
          additionalProperties: false,
        },
        taint: {
          type: 'object',
          required: ['key', 'effect'],
          properties: {
            key: { $ref: '#/$defs/labelKey' },
            value: { $ref: '#/$defs/labelValue' },
            effect: { enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    storageClass: { $ref: '#/$defs/id', description: 'The storage class of encrypted volumes.' },
    residencyLabel: {
      $ref: '#/$defs/labelKey',
      description:
        "The node label that names a node's site or region, for residency affinity (default topology.kubernetes.io/region).",
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const schema43 = {
  description: 'A Kubernetes label or taint key: an optional DNS-subdomain prefix and a name.',
  type: 'string',
  maxLength: 316,
  pattern:
    '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
};
const schema44 = {
  description: 'A Kubernetes label or taint value.',
  type: 'string',
  maxLength: 63,
  pattern: '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
};
const pattern17 = new RegExp(
  '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
  'u',
);
const pattern18 = new RegExp('^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$', 'u');

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'nodePool' ||
        key0 === 'storageClass' ||
        key0 === 'residencyLabel' ||
        pattern4.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.nodePool !== undefined) {
      let data0 = data.nodePool;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.label === undefined) {
          const err1 = {
            instancePath: instancePath + '/nodePool',
            schemaPath: '#/properties/nodePool/required',
            keyword: 'required',
            params: { missingProperty: 'label' },
            message: "must have required property '" + 'label' + "'",
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === 'label' || key1 === 'taint')) {
            const err2 = {
              instancePath: instancePath + '/nodePool',
              schemaPath: '#/properties/nodePool/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.label !== undefined) {
          let data1 = data0.label;
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.key === undefined) {
              const err3 = {
                instancePath: instancePath + '/nodePool/label',
                schemaPath: '#/properties/nodePool/properties/label/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
                message: "must have required property '" + 'key' + "'",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.value === undefined) {
              const err4 = {
                instancePath: instancePath + '/nodePool/label',
                schemaPath: '#/properties/nodePool/properties/label/required',
                keyword: 'required',
                params: { missingProperty: 'value' },
                message: "must have required property '" + 'value' + "'",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key2 in data1) {
              if (!(key2 === 'key' || key2 === 'value')) {
                const err5 = {
                  instancePath: instancePath + '/nodePool/label',
                  schemaPath: '#/properties/nodePool/properties/label/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key2 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.key !== undefined) {
              let data2 = data1.key;
              if (typeof data2 === 'string') {
                if (data2.length > 316 && func1(data2) > 316) {
                  const err6 = {
                    instancePath: instancePath + '/nodePool/label/key',
                    schemaPath: '#/$defs/labelKey/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 316 },
                    message: 'must NOT have more than 316 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (!pattern17.test(data2)) {
                  const err7 = {
                    instancePath: instancePath + '/nodePool/label/key',
                    schemaPath: '#/$defs/labelKey/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern:
                        '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
                    },
                    message:
                      'must match pattern "' +
                      '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = {
                  instancePath: instancePath + '/nodePool/label/key',
                  schemaPath: '#/$defs/labelKey/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.value !== undefined) {
              let data3 = data1.value;
              if (typeof data3 === 'string') {
                if (data3.length > 63 && func1(data3) > 63) {
                  const err9 = {
                    instancePath: instancePath + '/nodePool/label/value',
                    schemaPath: '#/$defs/labelValue/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 63 },
                    message: 'must NOT have more than 63 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (!pattern18.test(data3)) {
                  const err10 = {
                    instancePath: instancePath + '/nodePool/label/value',
                    schemaPath: '#/$defs/labelValue/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' },
                    message:
                      'must match pattern "' +
                      '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + '/nodePool/label/value',
                  schemaPath: '#/$defs/labelValue/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/nodePool/label',
              schemaPath: '#/properties/nodePool/properties/label/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.taint !== undefined) {
          let data4 = data0.taint;
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.key === undefined) {
              const err13 = {
                instancePath: instancePath + '/nodePool/taint',
                schemaPath: '#/properties/nodePool/properties/taint/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
                message: "must have required property '" + 'key' + "'",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data4.effect === undefined) {
              const err14 = {
                instancePath: instancePath + '/nodePool/taint',
                schemaPath: '#/properties/nodePool/properties/taint/required',
                keyword: 'required',
                params: { missingProperty: 'effect' },
                message: "must have required property '" + 'effect' + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key3 in data4) {
              if (!(key3 === 'key' || key3 === 'value' || key3 === 'effect')) {
                const err15 = {
                  instancePath: instancePath + '/nodePool/taint',
                  schemaPath: '#/properties/nodePool/properties/taint/additionalProperties',
                  keyword: 'additionalProperties',
                  params: { additionalProperty: key3 },
                  message: 'must NOT have additional properties',
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.key !== undefined) {
              let data5 = data4.key;
              if (typeof data5 === 'string') {
                if (data5.length > 316 && func1(data5) > 316) {
                  const err16 = {
                    instancePath: instancePath + '/nodePool/taint/key',
                    schemaPath: '#/$defs/labelKey/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 316 },
                    message: 'must NOT have more than 316 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern17.test(data5)) {
                  const err17 = {
                    instancePath: instancePath + '/nodePool/taint/key',
                    schemaPath: '#/$defs/labelKey/pattern',
                    keyword: 'pattern',
                    params: {
                      pattern:
                        '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
                    },
                    message:
                      'must match pattern "' +
                      '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/nodePool/taint/key',
                  schemaPath: '#/$defs/labelKey/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data4.value !== undefined) {
              let data6 = data4.value;
              if (typeof data6 === 'string') {
                if (data6.length > 63 && func1(data6) > 63) {
                  const err19 = {
                    instancePath: instancePath + '/nodePool/taint/value',
                    schemaPath: '#/$defs/labelValue/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 63 },
                    message: 'must NOT have more than 63 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (!pattern18.test(data6)) {
                  const err20 = {
                    instancePath: instancePath + '/nodePool/taint/value',
                    schemaPath: '#/$defs/labelValue/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' },
                    message:
                      'must match pattern "' +
                      '^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' +
                      '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/nodePool/taint/value',
                  schemaPath: '#/$defs/labelValue/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data4.effect !== undefined) {
              let data7 = data4.effect;
              if (!(
                data7 === 'NoSchedule' ||
                data7 === 'PreferNoSchedule' ||
                data7 === 'NoExecute'
              )) {
                const err22 = {
                  instancePath: instancePath + '/nodePool/taint/effect',
                  schemaPath: '#/properties/nodePool/properties/taint/properties/effect/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema42.properties.nodePool.properties.taint.properties.effect.enum,
                  },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/nodePool/taint',
              schemaPath: '#/properties/nodePool/properties/taint/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/nodePool',
          schemaPath: '#/properties/nodePool/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.storageClass !== undefined) {
      let data8 = data.storageClass;
      const _errs27 = errors;
      const _errs28 = errors;
      if (!(data8 === 'constructor' || data8 === 'prototype')) {
        errors++;
      }
      var valid9 = _errs28 === errors;
      if (valid9) {
        const err26 = {
          instancePath: instancePath + '/storageClass',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data8 === 'string') {
        if (data8.length > 63 && func1(data8) > 63) {
          const err27 = {
            instancePath: instancePath + '/storageClass',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (!pattern11.test(data8)) {
          const err28 = {
            instancePath: instancePath + '/storageClass',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/storageClass',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.residencyLabel !== undefined) {
      let data9 = data.residencyLabel;
      if (typeof data9 === 'string') {
        if (data9.length > 316 && func1(data9) > 316) {
          const err30 = {
            instancePath: instancePath + '/residencyLabel',
            schemaPath: '#/$defs/labelKey/maxLength',
            keyword: 'maxLength',
            params: { limit: 316 },
            message: 'must NOT have more than 316 characters',
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern17.test(data9)) {
          const err31 = {
            instancePath: instancePath + '/residencyLabel',
            schemaPath: '#/$defs/labelKey/pattern',
            keyword: 'pattern',
            params: {
              pattern:
                '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$',
            },
            message:
              'must match pattern "' +
              '^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/residencyLabel',
          schemaPath: '#/$defs/labelKey/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema50 = {
  type: 'object',
  properties: {
    namespace: { $ref: '#/$defs/id' },
    replicas: { type: 'integer', minimum: 0, maximum: 1000 },
    tag: { $ref: '#/$defs/tag' },
    host: { $ref: '#/$defs/hostname' },
    sites: {
      description: 'Sites (data centres, clusters) this environment runs in; one overlay each.',
      type: 'array',
      maxItems: 20,
      uniqueItems: true,
      items: { $ref: '#/$defs/id' },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const func0 = func0Module.default?.default ?? func0Module.default;

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'namespace' ||
        key0 === 'replicas' ||
        key0 === 'tag' ||
        key0 === 'host' ||
        key0 === 'sites' ||
        pattern4.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.namespace !== undefined) {
      let data0 = data.namespace;
      const _errs5 = errors;
      const _errs6 = errors;
      if (!(data0 === 'constructor' || data0 === 'prototype')) {
        errors++;
      }
      var valid2 = _errs6 === errors;
      if (valid2) {
        const err2 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data0 === 'string') {
        if (data0.length > 63 && func1(data0) > 63) {
          const err3 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern11.test(data0)) {
          const err4 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.replicas !== undefined) {
      let data1 = data.replicas;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1000 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/replicas',
            schemaPath: '#/properties/replicas/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
            message: 'must be <= 1000',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/replicas',
            schemaPath: '#/properties/replicas/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.tag !== undefined) {
      let data2 = data.tag;
      if (typeof data2 === 'string') {
        if (data2.length > 128 && func1(data2) > 128) {
          const err9 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/tag',
          schemaPath: '#/$defs/tag/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data3 = data.host;
      if (typeof data3 === 'string') {
        if (data3.length > 253 && func1(data3) > 253) {
          const err12 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern13.test(data3)) {
          const err13 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
            },
            message:
              'must match pattern "' +
              '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/$defs/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.sites !== undefined) {
      let data4 = data.sites;
      if (Array.isArray(data4)) {
        if (data4.length > 20) {
          const err15 = {
            instancePath: instancePath + '/sites',
            schemaPath: '#/properties/sites/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
            message: 'must NOT have more than 20 items',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs20 = errors;
          const _errs21 = errors;
          if (!(data5 === 'constructor' || data5 === 'prototype')) {
            errors++;
          }
          var valid8 = _errs21 === errors;
          if (valid8) {
            const err17 = {
              instancePath: instancePath + '/sites/' + i0,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 === 'string') {
            if (data5.length > 63 && func1(data5) > 63) {
              const err18 = {
                instancePath: instancePath + '/sites/' + i0,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err19 = {
                instancePath: instancePath + '/sites/' + i0,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/sites/' + i0,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data4[i1], data4[j0])) {
                const err21 = {
                  instancePath: instancePath + '/sites',
                  schemaPath: '#/properties/sites/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/sites',
          schemaPath: '#/properties/sites/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate23(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'registry' ||
        key0 === 'namespace' ||
        key0 === 'tag' ||
        key0 === 'host' ||
        key0 === 'gateway' ||
        key0 === 'sensitive' ||
        key0 === 'environments' ||
        key0 === 'facade' ||
        pattern4.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.registry !== undefined) {
      let data0 = data.registry;
      if (typeof data0 === 'string') {
        if (data0.length > 255 && func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/registry',
            schemaPath: '#/properties/registry/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/registry',
            schemaPath: '#/properties/registry/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
            },
            message:
              'must match pattern "' +
              '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/registry',
          schemaPath: '#/properties/registry/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.namespace !== undefined) {
      let data1 = data.namespace;
      const _errs7 = errors;
      const _errs8 = errors;
      if (!(data1 === 'constructor' || data1 === 'prototype')) {
        errors++;
      }
      var valid2 = _errs8 === errors;
      if (valid2) {
        const err5 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (data1.length > 63 && func1(data1) > 63) {
          const err6 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern11.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data2 = data.tag;
      if (typeof data2 === 'string') {
        if (data2.length > 128 && func1(data2) > 128) {
          const err9 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/tag',
          schemaPath: '#/$defs/tag/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data3 = data.host;
      if (typeof data3 === 'string') {
        if (data3.length > 253 && func1(data3) > 253) {
          const err12 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern13.test(data3)) {
          const err13 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
            },
            message:
              'must match pattern "' +
              '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/$defs/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.gateway !== undefined) {
      let data4 = data.gateway;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.name === undefined) {
          const err15 = {
            instancePath: instancePath + '/gateway',
            schemaPath: '#/properties/gateway/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === 'name' || key1 === 'namespace')) {
            const err16 = {
              instancePath: instancePath + '/gateway',
              schemaPath: '#/properties/gateway/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.name !== undefined) {
          let data5 = data4.name;
          const _errs21 = errors;
          const _errs22 = errors;
          if (!(data5 === 'constructor' || data5 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs22 === errors;
          if (valid7) {
            const err18 = {
              instancePath: instancePath + '/gateway/name',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs21;
            if (vErrors !== null) {
              if (_errs21) {
                vErrors.length = _errs21;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 === 'string') {
            if (data5.length > 63 && func1(data5) > 63) {
              const err19 = {
                instancePath: instancePath + '/gateway/name',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err20 = {
                instancePath: instancePath + '/gateway/name',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/gateway/name',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.namespace !== undefined) {
          let data6 = data4.namespace;
          const _errs26 = errors;
          const _errs27 = errors;
          if (!(data6 === 'constructor' || data6 === 'prototype')) {
            errors++;
          }
          var valid9 = _errs27 === errors;
          if (valid9) {
            const err23 = {
              instancePath: instancePath + '/gateway/namespace',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data6 === 'string') {
            if (data6.length > 63 && func1(data6) > 63) {
              const err24 = {
                instancePath: instancePath + '/gateway/namespace',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (!pattern11.test(data6)) {
              const err25 = {
                instancePath: instancePath + '/gateway/namespace',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + '/gateway/namespace',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/gateway',
          schemaPath: '#/properties/gateway/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.sensitive !== undefined) {
      if (!(
        validate24(data.sensitive, unlocated) ||
        validate24(data.sensitive, {
          instancePath: instancePath + '/sensitive',
          parentData: data,
          parentDataProperty: 'sensitive',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate24.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.environments !== undefined) {
      let data8 = data.environments;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (Object.keys(data8).length > 50) {
          const err28 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 50 },
            message: 'must NOT have more than 50 properties',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key2 in data8) {
          const _errs31 = errors;
          const _errs34 = errors;
          const _errs35 = errors;
          if (!(key2 === 'constructor' || key2 === 'prototype')) {
            errors++;
          }
          var valid12 = _errs35 === errors;
          if (valid12) {
            const err30 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof key2 === 'string') {
            if (key2.length > 63 && func1(key2) > 63) {
              const err31 = {
                instancePath: instancePath + '/environments',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (!pattern11.test(key2)) {
              const err32 = {
                instancePath: instancePath + '/environments',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var valid10 = _errs31 === errors;
          if (!valid10) {
            const err34 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/properties/environments/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        for (const key3 in data8) {
          if (!(
            validate26(data8[key3], unlocated) ||
            validate26(data8[key3], {
              instancePath:
                instancePath + '/environments/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data8,
              parentDataProperty: key3,
              rootData,
              dynamicAnchors,
            })
          )) {
            vErrors = vErrors ?? [];
            for (const e of validate26.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/environments',
          schemaPath: '#/properties/environments/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.facade !== undefined) {
      let data10 = data.facade;
      const _errs41 = errors;
      const _errs42 = errors;
      if (!(data10 === 'constructor' || data10 === 'prototype')) {
        errors++;
      }
      var valid15 = _errs42 === errors;
      if (valid15) {
        const err37 = {
          instancePath: instancePath + '/facade',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data10 === 'string') {
        if (data10.length > 63 && func1(data10) > 63) {
          const err38 = {
            instancePath: instancePath + '/facade',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern11.test(data10)) {
          const err39 = {
            instancePath: instancePath + '/facade',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/facade',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema57 = {
  type: 'object',
  required: ['kind', 'name', 'evolution', 'visibility'],
  properties: {
    kind: { enum: ['user', 'need', 'component'] },
    name: { $ref: '#/$defs/text' },
    evolution: { $ref: '#/$defs/unit', description: '0 = genesis … 1 = commodity.' },
    visibility: { $ref: '#/$defs/unit', description: '1 = seen by the user … 0 = invisible.' },
    uses: {
      description: 'Ids of the nodes this node depends on.',
      type: 'array',
      uniqueItems: true,
      maxItems: 1000,
      items: { $ref: '#/$defs/id' },
    },
    sourcing: { $ref: '#/$defs/sourcing' },
    evolve: { $ref: '#/$defs/unit', description: 'Planned evolution, drawn as a movement arrow.' },
    inertia: { type: 'boolean', description: 'Resistance to the planned movement.' },
    inside: {
      $ref: '#/$defs/id',
      description: 'The legacy monolith component that currently contains this one.',
    },
    platform: {
      type: 'boolean',
      description:
        'The platform the workloads run on (power, compute, the cluster itself): not deployed, not called by URL; exports generate nothing for it.',
    },
    team: { $ref: '#/$defs/text' },
    data: { $ref: '#/$defs/dataHeld' },
    agreements: {
      description:
        'For buy and outsource: the agreements the supplier has signed (baa: HIPAA business associate agreement; dpa: GDPR data processing agreement; pci-dss: PCI DSS attestation; scc: standard contractual clauses; nda).',
      type: 'array',
      uniqueItems: true,
      items: { $ref: '#/$defs/agreement' },
    },
    note: { $ref: '#/$defs/longText' },
    url: { type: 'string', maxLength: 2000, pattern: '^https?://[^\\s]+$' },
    deploy: { $ref: '#/$defs/deployHints' },
    plan: { $ref: '#/$defs/planHints' },
    evolutionAnswers: { $ref: '#/$defs/evolutionAnswers' },
    ignore: {
      description: 'Doctrine findings silenced on this node: rule id → the reason, written out.',
      type: 'object',
      propertyNames: { type: 'string', maxLength: 64, pattern: '^[a-z]+/[a-z-]+$' },
      additionalProperties: { $ref: '#/$defs/text' },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const schema59 = { type: 'number', minimum: 0, maximum: 1 };
const schema62 = {
  description:
    'How the component is sourced: build in-house, buy a product, or outsource to a utility.',
  enum: ['build', 'buy', 'outsource'],
};
const schema69 = {
  description: 'An agreement a supplier has signed.',
  enum: ['baa', 'dpa', 'pci-dss', 'scc', 'nda'],
};
const func26 = Object.prototype.hasOwnProperty;
const pattern39 = new RegExp('^https?://[^\\s]+$', 'u');
const pattern60 = new RegExp('^[a-z]+/[a-z-]+$', 'u');
const schema66 = {
  description: 'The sensitive data this component holds, and where it may live.',
  type: 'object',
  required: ['classes'],
  properties: {
    classes: {
      description: 'The classes of sensitive data held.',
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { $ref: '#/$defs/dataClass' },
    },
    residency: {
      description:
        'The sites or regions the data may live in (ids, as environments name their sites).',
      type: 'array',
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
      items: { $ref: '#/$defs/id' },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const schema67 = {
  description:
    'A class of sensitive data: phi (protected health information), pii (personal data), pci (payment card data), confidential (business secrets).',
  enum: ['phi', 'pii', 'pci', 'confidential'],
};

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.classes === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'classes' },
        message: "must have required property '" + 'classes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'classes' || key0 === 'residency' || pattern4.test(key0))) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.classes !== undefined) {
      let data0 = data.classes;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + '/classes',
            schemaPath: '#/properties/classes/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(
            data1 === 'phi' ||
            data1 === 'pii' ||
            data1 === 'pci' ||
            data1 === 'confidential'
          )) {
            const err3 = {
              instancePath: instancePath + '/classes/' + i0,
              schemaPath: '#/$defs/dataClass/enum',
              keyword: 'enum',
              params: { allowedValues: schema67.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data0[i1], data0[j0])) {
                const err4 = {
                  instancePath: instancePath + '/classes',
                  schemaPath: '#/properties/classes/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/classes',
          schemaPath: '#/properties/classes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.residency !== undefined) {
      let data2 = data.residency;
      if (Array.isArray(data2)) {
        if (data2.length > 50) {
          const err6 = {
            instancePath: instancePath + '/residency',
            schemaPath: '#/properties/residency/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.length < 1) {
          const err7 = {
            instancePath: instancePath + '/residency',
            schemaPath: '#/properties/residency/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data3 = data2[i2];
          const _errs11 = errors;
          const _errs12 = errors;
          if (!(data3 === 'constructor' || data3 === 'prototype')) {
            errors++;
          }
          var valid8 = _errs12 === errors;
          if (valid8) {
            const err9 = {
              instancePath: instancePath + '/residency/' + i2,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            errors = _errs11;
            if (vErrors !== null) {
              if (_errs11) {
                vErrors.length = _errs11;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data3 === 'string') {
            if (data3.length > 63 && func1(data3) > 63) {
              const err10 = {
                instancePath: instancePath + '/residency/' + i2,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern11.test(data3)) {
              const err11 = {
                instancePath: instancePath + '/residency/' + i2,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/residency/' + i2,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        let i3 = data2.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data2[i3], data2[j1])) {
                const err13 = {
                  instancePath: instancePath + '/residency',
                  schemaPath: '#/properties/residency/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j1 +
                    ' and ' +
                    i3 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/residency',
          schemaPath: '#/properties/residency/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema71 = {
  description:
    'How the component is deployed. build: image, port, replicas…; buy: chart; outsource: service.',
  type: 'object',
  properties: {
    image: {
      $ref: '#/$defs/imageRef',
      description: "Image repository below the map's registry (default: the node id).",
    },
    tag: { $ref: '#/$defs/tag' },
    port: { type: 'integer', minimum: 1, maximum: 65535 },
    replicas: { type: 'integer', minimum: 0, maximum: 1000 },
    path: {
      $ref: '#/$defs/httpPath',
      description: 'Public path at the edge for user-facing components.',
    },
    health: {
      $ref: '#/$defs/httpPath',
      description: 'HTTP path of the readiness and liveness probes.',
    },
    resources: {
      type: 'object',
      properties: {
        cpu: { $ref: '#/$defs/quantity' },
        memory: { $ref: '#/$defs/quantity' },
        cpuLimit: { $ref: '#/$defs/quantity' },
        memoryLimit: { $ref: '#/$defs/quantity' },
      },
      additionalProperties: false,
    },
    env: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { type: 'string', maxLength: 128, pattern: '^[A-Z_][A-Z0-9_]*$' },
      additionalProperties: { type: 'string', maxLength: 2000 },
    },
    chart: {
      description: "For buy: the product's Helm chart, pinned.",
      type: 'object',
      required: ['name', 'repository', 'version'],
      properties: {
        name: { $ref: '#/$defs/id' },
        repository: { type: 'string', maxLength: 500, pattern: '^(https|oci)://[^\\s]+$' },
        version: { $ref: '#/$defs/chartVersion' },
      },
      additionalProperties: false,
    },
    service: {
      description: 'For outsource: the managed service.',
      type: 'object',
      properties: {
        provider: { $ref: '#/$defs/text' },
        kind: {
          $ref: '#/$defs/text',
          description: 'e.g. postgres, object-storage, email, identity.',
        },
        host: { $ref: '#/$defs/hostname' },
        port: { type: 'integer', minimum: 1, maximum: 65535 },
        secretKeys: {
          type: 'array',
          maxItems: 50,
          uniqueItems: true,
          items: { type: 'string', maxLength: 128, pattern: '^[A-Z_][A-Z0-9_]*$' },
        },
        cidrs: {
          type: 'array',
          maxItems: 50,
          uniqueItems: true,
          description: 'Address ranges of the managed service: egress is opened to these only.',
          items: { type: 'string', maxLength: 43, pattern: '^[0-9a-fA-F:.]+/[0-9]{1,3}$' },
        },
      },
      additionalProperties: false,
    },
    protocol: {
      enum: ['http', 'grpc', 'tcp', 'mllp', 'amqp'],
      description:
        'How callers reach the component: non-HTTP traffic cannot be routed by path at the facade.',
    },
    streamPort: {
      type: 'integer',
      minimum: 1,
      maximum: 65535,
      description:
        "Port of the component's TCP or MLLP listener, exposed at the facade (default for mllp: 2575, the port IANA registers for HL7).",
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};
const schema72 = { type: 'string', maxLength: 255, pattern: '^[a-z0-9]+([._/-][a-z0-9]+)*$' };
const schema74 = { type: 'string', maxLength: 200, pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" };
const schema76 = {
  type: 'string',
  maxLength: 32,
  pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$',
};
const schema81 = {
  description:
    'An exact SemVer chart version (1.2.3, v1.2.3, 1.2.3-rc.1): never latest or a range, so every install gets the same chart.',
  type: 'string',
  maxLength: 128,
  pattern:
    '^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$',
};
const pattern41 = new RegExp('^[a-z0-9]+([._/-][a-z0-9]+)*$', 'u');
const pattern43 = new RegExp("^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$", 'u');
const pattern45 = new RegExp('^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$', 'u');
const pattern49 = new RegExp('^[A-Z_][A-Z0-9_]*$', 'u');
const pattern51 = new RegExp('^(https|oci)://[^\\s]+$', 'u');
const pattern52 = new RegExp(
  '^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$',
  'u',
);
const pattern57 = new RegExp('^[0-9a-fA-F:.]+/[0-9]{1,3}$', 'u');

function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(func26.call(schema71.properties, key0) || pattern4.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.image !== undefined) {
      let data0 = data.image;
      if (typeof data0 === 'string') {
        if (data0.length > 255 && func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/image',
            schemaPath: '#/$defs/imageRef/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern41.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/image',
            schemaPath: '#/$defs/imageRef/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z0-9]+([._/-][a-z0-9]+)*$' },
            message: 'must match pattern "' + '^[a-z0-9]+([._/-][a-z0-9]+)*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/image',
          schemaPath: '#/$defs/imageRef/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data1 = data.tag;
      if (typeof data1 === 'string') {
        if (data1.length > 128 && func1(data1) > 128) {
          const err4 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern12.test(data1)) {
          const err5 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/tag',
          schemaPath: '#/$defs/tag/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.port !== undefined) {
      let data2 = data.port;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + '/port',
          schemaPath: '#/properties/port/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 65535 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/port',
            schemaPath: '#/properties/port/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/port',
            schemaPath: '#/properties/port/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.replicas !== undefined) {
      let data3 = data.replicas;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + '/replicas',
          schemaPath: '#/properties/replicas/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 1000 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/replicas',
            schemaPath: '#/properties/replicas/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
            message: 'must be <= 1000',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + '/replicas',
            schemaPath: '#/properties/replicas/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.path !== undefined) {
      let data4 = data.path;
      if (typeof data4 === 'string') {
        if (data4.length > 200 && func1(data4) > 200) {
          const err13 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/httpPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern43.test(data4)) {
          const err14 = {
            instancePath: instancePath + '/path',
            schemaPath: '#/$defs/httpPath/pattern',
            keyword: 'pattern',
            params: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" },
            message: 'must match pattern "' + "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/$defs/httpPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.health !== undefined) {
      let data5 = data.health;
      if (typeof data5 === 'string') {
        if (data5.length > 200 && func1(data5) > 200) {
          const err16 = {
            instancePath: instancePath + '/health',
            schemaPath: '#/$defs/httpPath/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern43.test(data5)) {
          const err17 = {
            instancePath: instancePath + '/health',
            schemaPath: '#/$defs/httpPath/pattern',
            keyword: 'pattern',
            params: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" },
            message: 'must match pattern "' + "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/health',
          schemaPath: '#/$defs/httpPath/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.resources !== undefined) {
      let data6 = data.resources;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(
            key1 === 'cpu' ||
            key1 === 'memory' ||
            key1 === 'cpuLimit' ||
            key1 === 'memoryLimit'
          )) {
            const err19 = {
              instancePath: instancePath + '/resources',
              schemaPath: '#/properties/resources/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.cpu !== undefined) {
          let data7 = data6.cpu;
          if (typeof data7 === 'string') {
            if (data7.length > 32 && func1(data7) > 32) {
              const err20 = {
                instancePath: instancePath + '/resources/cpu',
                schemaPath: '#/$defs/quantity/maxLength',
                keyword: 'maxLength',
                params: { limit: 32 },
                message: 'must NOT have more than 32 characters',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (!pattern45.test(data7)) {
              const err21 = {
                instancePath: instancePath + '/resources/cpu',
                schemaPath: '#/$defs/quantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' },
                message:
                  'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/resources/cpu',
              schemaPath: '#/$defs/quantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data6.memory !== undefined) {
          let data8 = data6.memory;
          if (typeof data8 === 'string') {
            if (data8.length > 32 && func1(data8) > 32) {
              const err23 = {
                instancePath: instancePath + '/resources/memory',
                schemaPath: '#/$defs/quantity/maxLength',
                keyword: 'maxLength',
                params: { limit: 32 },
                message: 'must NOT have more than 32 characters',
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern45.test(data8)) {
              const err24 = {
                instancePath: instancePath + '/resources/memory',
                schemaPath: '#/$defs/quantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' },
                message:
                  'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/resources/memory',
              schemaPath: '#/$defs/quantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data6.cpuLimit !== undefined) {
          let data9 = data6.cpuLimit;
          if (typeof data9 === 'string') {
            if (data9.length > 32 && func1(data9) > 32) {
              const err26 = {
                instancePath: instancePath + '/resources/cpuLimit',
                schemaPath: '#/$defs/quantity/maxLength',
                keyword: 'maxLength',
                params: { limit: 32 },
                message: 'must NOT have more than 32 characters',
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (!pattern45.test(data9)) {
              const err27 = {
                instancePath: instancePath + '/resources/cpuLimit',
                schemaPath: '#/$defs/quantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' },
                message:
                  'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/resources/cpuLimit',
              schemaPath: '#/$defs/quantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data6.memoryLimit !== undefined) {
          let data10 = data6.memoryLimit;
          if (typeof data10 === 'string') {
            if (data10.length > 32 && func1(data10) > 32) {
              const err29 = {
                instancePath: instancePath + '/resources/memoryLimit',
                schemaPath: '#/$defs/quantity/maxLength',
                keyword: 'maxLength',
                params: { limit: 32 },
                message: 'must NOT have more than 32 characters',
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (!pattern45.test(data10)) {
              const err30 = {
                instancePath: instancePath + '/resources/memoryLimit',
                schemaPath: '#/$defs/quantity/pattern',
                keyword: 'pattern',
                params: { pattern: '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' },
                message:
                  'must match pattern "' + '^[0-9]+(\\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/resources/memoryLimit',
              schemaPath: '#/$defs/quantity/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/resources',
          schemaPath: '#/properties/resources/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.env !== undefined) {
      let data11 = data.env;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (Object.keys(data11).length > 200) {
          const err33 = {
            instancePath: instancePath + '/env',
            schemaPath: '#/properties/env/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 200 },
            message: 'must NOT have more than 200 properties',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key2 in data11) {
          const _errs35 = errors;
          if (typeof key2 === 'string') {
            if (key2.length > 128 && func1(key2) > 128) {
              const err34 = {
                instancePath: instancePath + '/env',
                schemaPath: '#/properties/env/propertyNames/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (!pattern49.test(key2)) {
              const err35 = {
                instancePath: instancePath + '/env',
                schemaPath: '#/properties/env/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[A-Z_][A-Z0-9_]*$' },
                message: 'must match pattern "' + '^[A-Z_][A-Z0-9_]*$' + '"',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/env',
              schemaPath: '#/properties/env/propertyNames/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var valid10 = _errs35 === errors;
          if (!valid10) {
            const err37 = {
              instancePath: instancePath + '/env',
              schemaPath: '#/properties/env/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        for (const key3 in data11) {
          let data12 = data11[key3];
          if (typeof data12 === 'string') {
            if (data12.length > 2000 && func1(data12) > 2000) {
              const err38 = {
                instancePath:
                  instancePath + '/env/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/properties/env/additionalProperties/maxLength',
                keyword: 'maxLength',
                params: { limit: 2000 },
                message: 'must NOT have more than 2000 characters',
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + '/env/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/env/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/env',
          schemaPath: '#/properties/env/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.chart !== undefined) {
      let data13 = data.chart;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.name === undefined) {
          const err41 = {
            instancePath: instancePath + '/chart',
            schemaPath: '#/properties/chart/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data13.repository === undefined) {
          const err42 = {
            instancePath: instancePath + '/chart',
            schemaPath: '#/properties/chart/required',
            keyword: 'required',
            params: { missingProperty: 'repository' },
            message: "must have required property '" + 'repository' + "'",
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data13.version === undefined) {
          const err43 = {
            instancePath: instancePath + '/chart',
            schemaPath: '#/properties/chart/required',
            keyword: 'required',
            params: { missingProperty: 'version' },
            message: "must have required property '" + 'version' + "'",
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        for (const key4 in data13) {
          if (!(key4 === 'name' || key4 === 'repository' || key4 === 'version')) {
            const err44 = {
              instancePath: instancePath + '/chart',
              schemaPath: '#/properties/chart/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key4 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data13.name !== undefined) {
          let data14 = data13.name;
          const _errs46 = errors;
          const _errs47 = errors;
          if (!(data14 === 'constructor' || data14 === 'prototype')) {
            errors++;
          }
          var valid14 = _errs47 === errors;
          if (valid14) {
            const err46 = {
              instancePath: instancePath + '/chart/name',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          } else {
            errors = _errs46;
            if (vErrors !== null) {
              if (_errs46) {
                vErrors.length = _errs46;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data14 === 'string') {
            if (data14.length > 63 && func1(data14) > 63) {
              const err47 = {
                instancePath: instancePath + '/chart/name',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (!pattern11.test(data14)) {
              const err48 = {
                instancePath: instancePath + '/chart/name',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = {
              instancePath: instancePath + '/chart/name',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data13.repository !== undefined) {
          let data15 = data13.repository;
          if (typeof data15 === 'string') {
            if (data15.length > 500 && func1(data15) > 500) {
              const err50 = {
                instancePath: instancePath + '/chart/repository',
                schemaPath: '#/properties/chart/properties/repository/maxLength',
                keyword: 'maxLength',
                params: { limit: 500 },
                message: 'must NOT have more than 500 characters',
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (!pattern51.test(data15)) {
              const err51 = {
                instancePath: instancePath + '/chart/repository',
                schemaPath: '#/properties/chart/properties/repository/pattern',
                keyword: 'pattern',
                params: { pattern: '^(https|oci)://[^\\s]+$' },
                message: 'must match pattern "' + '^(https|oci)://[^\\s]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = {
              instancePath: instancePath + '/chart/repository',
              schemaPath: '#/properties/chart/properties/repository/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data13.version !== undefined) {
          let data16 = data13.version;
          if (typeof data16 === 'string') {
            if (data16.length > 128 && func1(data16) > 128) {
              const err53 = {
                instancePath: instancePath + '/chart/version',
                schemaPath: '#/$defs/chartVersion/maxLength',
                keyword: 'maxLength',
                params: { limit: 128 },
                message: 'must NOT have more than 128 characters',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern52.test(data16)) {
              const err54 = {
                instancePath: instancePath + '/chart/version',
                schemaPath: '#/$defs/chartVersion/pattern',
                keyword: 'pattern',
                params: {
                  pattern:
                    '^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$',
                },
                message:
                  'must match pattern "' +
                  '^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/chart/version',
              schemaPath: '#/$defs/chartVersion/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/chart',
          schemaPath: '#/properties/chart/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.service !== undefined) {
      let data17 = data.service;
      if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
        for (const key5 in data17) {
          if (!(
            key5 === 'provider' ||
            key5 === 'kind' ||
            key5 === 'host' ||
            key5 === 'port' ||
            key5 === 'secretKeys' ||
            key5 === 'cidrs'
          )) {
            const err57 = {
              instancePath: instancePath + '/service',
              schemaPath: '#/properties/service/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key5 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data17.provider !== undefined) {
          let data18 = data17.provider;
          if (typeof data18 === 'string') {
            if (data18.length > 200 && func1(data18) > 200) {
              const err58 = {
                instancePath: instancePath + '/service/provider',
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data18.length < 2 && func1(data18) < 1) {
              const err59 = {
                instancePath: instancePath + '/service/provider',
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (!pattern5.test(data18)) {
              const err60 = {
                instancePath: instancePath + '/service/provider',
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          } else {
            const err61 = {
              instancePath: instancePath + '/service/provider',
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data17.kind !== undefined) {
          let data19 = data17.kind;
          if (typeof data19 === 'string') {
            if (data19.length > 200 && func1(data19) > 200) {
              const err62 = {
                instancePath: instancePath + '/service/kind',
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data19.length < 2 && func1(data19) < 1) {
              const err63 = {
                instancePath: instancePath + '/service/kind',
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (!pattern5.test(data19)) {
              const err64 = {
                instancePath: instancePath + '/service/kind',
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = {
              instancePath: instancePath + '/service/kind',
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data17.host !== undefined) {
          let data20 = data17.host;
          if (typeof data20 === 'string') {
            if (data20.length > 253 && func1(data20) > 253) {
              const err66 = {
                instancePath: instancePath + '/service/host',
                schemaPath: '#/$defs/hostname/maxLength',
                keyword: 'maxLength',
                params: { limit: 253 },
                message: 'must NOT have more than 253 characters',
              };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (!pattern13.test(data20)) {
              const err67 = {
                instancePath: instancePath + '/service/host',
                schemaPath: '#/$defs/hostname/pattern',
                keyword: 'pattern',
                params: {
                  pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
                },
                message:
                  'must match pattern "' +
                  '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$' +
                  '"',
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = {
              instancePath: instancePath + '/service/host',
              schemaPath: '#/$defs/hostname/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data17.port !== undefined) {
          let data21 = data17.port;
          if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
            const err69 = {
              instancePath: instancePath + '/service/port',
              schemaPath: '#/properties/service/properties/port/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (typeof data21 == 'number' && isFinite(data21)) {
            if (data21 > 65535 || isNaN(data21)) {
              const err70 = {
                instancePath: instancePath + '/service/port',
                schemaPath: '#/properties/service/properties/port/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 65535 },
                message: 'must be <= 65535',
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data21 < 1 || isNaN(data21)) {
              const err71 = {
                instancePath: instancePath + '/service/port',
                schemaPath: '#/properties/service/properties/port/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
        }
        if (data17.secretKeys !== undefined) {
          let data22 = data17.secretKeys;
          if (Array.isArray(data22)) {
            if (data22.length > 50) {
              const err72 = {
                instancePath: instancePath + '/service/secretKeys',
                schemaPath: '#/properties/service/properties/secretKeys/maxItems',
                keyword: 'maxItems',
                params: { limit: 50 },
                message: 'must NOT have more than 50 items',
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            const len0 = data22.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data23 = data22[i0];
              if (typeof data23 === 'string') {
                if (data23.length > 128 && func1(data23) > 128) {
                  const err73 = {
                    instancePath: instancePath + '/service/secretKeys/' + i0,
                    schemaPath: '#/properties/service/properties/secretKeys/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 128 },
                    message: 'must NOT have more than 128 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                if (!pattern49.test(data23)) {
                  const err74 = {
                    instancePath: instancePath + '/service/secretKeys/' + i0,
                    schemaPath: '#/properties/service/properties/secretKeys/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[A-Z_][A-Z0-9_]*$' },
                    message: 'must match pattern "' + '^[A-Z_][A-Z0-9_]*$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = {
                  instancePath: instancePath + '/service/secretKeys/' + i0,
                  schemaPath: '#/properties/service/properties/secretKeys/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            let i1 = data22.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--;) {
                let item0 = data22[i1];
                if (typeof item0 !== 'string') {
                  continue;
                }
                if (typeof indices0[item0] == 'number') {
                  j0 = indices0[item0];
                  const err76 = {
                    instancePath: instancePath + '/service/secretKeys',
                    schemaPath: '#/properties/service/properties/secretKeys/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i1, j: j0 },
                    message:
                      'must NOT have duplicate items (items ## ' +
                      j0 +
                      ' and ' +
                      i1 +
                      ' are identical)',
                  };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/service/secretKeys',
              schemaPath: '#/properties/service/properties/secretKeys/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data17.cidrs !== undefined) {
          let data24 = data17.cidrs;
          if (Array.isArray(data24)) {
            if (data24.length > 50) {
              const err78 = {
                instancePath: instancePath + '/service/cidrs',
                schemaPath: '#/properties/service/properties/cidrs/maxItems',
                keyword: 'maxItems',
                params: { limit: 50 },
                message: 'must NOT have more than 50 items',
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            const len1 = data24.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data25 = data24[i2];
              if (typeof data25 === 'string') {
                if (data25.length > 43 && func1(data25) > 43) {
                  const err79 = {
                    instancePath: instancePath + '/service/cidrs/' + i2,
                    schemaPath: '#/properties/service/properties/cidrs/items/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 43 },
                    message: 'must NOT have more than 43 characters',
                  };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (!pattern57.test(data25)) {
                  const err80 = {
                    instancePath: instancePath + '/service/cidrs/' + i2,
                    schemaPath: '#/properties/service/properties/cidrs/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[0-9a-fA-F:.]+/[0-9]{1,3}$' },
                    message: 'must match pattern "' + '^[0-9a-fA-F:.]+/[0-9]{1,3}$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = {
                  instancePath: instancePath + '/service/cidrs/' + i2,
                  schemaPath: '#/properties/service/properties/cidrs/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            let i3 = data24.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--;) {
                let item1 = data24[i3];
                if (typeof item1 !== 'string') {
                  continue;
                }
                if (typeof indices1[item1] == 'number') {
                  j1 = indices1[item1];
                  const err82 = {
                    instancePath: instancePath + '/service/cidrs',
                    schemaPath: '#/properties/service/properties/cidrs/uniqueItems',
                    keyword: 'uniqueItems',
                    params: { i: i3, j: j1 },
                    message:
                      'must NOT have duplicate items (items ## ' +
                      j1 +
                      ' and ' +
                      i3 +
                      ' are identical)',
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/service/cidrs',
              schemaPath: '#/properties/service/properties/cidrs/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = {
          instancePath: instancePath + '/service',
          schemaPath: '#/properties/service/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.protocol !== undefined) {
      let data26 = data.protocol;
      if (!(
        data26 === 'http' ||
        data26 === 'grpc' ||
        data26 === 'tcp' ||
        data26 === 'mllp' ||
        data26 === 'amqp'
      )) {
        const err85 = {
          instancePath: instancePath + '/protocol',
          schemaPath: '#/properties/protocol/enum',
          keyword: 'enum',
          params: { allowedValues: schema71.properties.protocol.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.streamPort !== undefined) {
      let data27 = data.streamPort;
      if (!(typeof data27 == 'number' && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
        const err86 = {
          instancePath: instancePath + '/streamPort',
          schemaPath: '#/properties/streamPort/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
      if (typeof data27 == 'number' && isFinite(data27)) {
        if (data27 > 65535 || isNaN(data27)) {
          const err87 = {
            instancePath: instancePath + '/streamPort',
            schemaPath: '#/properties/streamPort/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 65535 },
            message: 'must be <= 65535',
          };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (data27 < 1 || isNaN(data27)) {
          const err88 = {
            instancePath: instancePath + '/streamPort',
            schemaPath: '#/properties/streamPort/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
    }
  } else {
    const err89 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err89];
    } else {
      vErrors.push(err89);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema85 = {
  description: 'Migration-plan choices for a component inside a monolith.',
  type: 'object',
  properties: {
    phase: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'Pin the extraction to this phase.',
    },
    exclude: { type: 'boolean', description: 'Leave this component out of the plan.' },
    paths: {
      description: 'Facade paths the monolith serves today for this capability.',
      type: 'array',
      maxItems: 50,
      items: { $ref: '#/$defs/httpPath' },
    },
    data: { type: 'boolean', description: 'The component owns data that others read.' },
    slo: {
      description:
        'Service level objective its users hold it to: the exit criteria of its extraction are measured against it.',
      type: 'object',
      properties: {
        availability: {
          type: 'number',
          minimum: 90,
          maximum: 100,
          description: 'Share of successful requests, in percent (99.9).',
        },
        p95Ms: {
          type: 'integer',
          minimum: 1,
          maximum: 600000,
          description: '95th-percentile latency ceiling in milliseconds.',
        },
        p99Ms: {
          type: 'integer',
          minimum: 1,
          maximum: 600000,
          description: '99th-percentile latency ceiling in milliseconds.',
        },
      },
      additionalProperties: false,
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'phase' ||
        key0 === 'exclude' ||
        key0 === 'paths' ||
        key0 === 'data' ||
        key0 === 'slo' ||
        pattern4.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.phase !== undefined) {
      let data0 = data.phase;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err1 = {
          instancePath: instancePath + '/phase',
          schemaPath: '#/properties/phase/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == 'number' && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + '/phase',
            schemaPath: '#/properties/phase/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
            message: 'must be <= 100',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/phase',
            schemaPath: '#/properties/phase/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
            message: 'must be >= 1',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.exclude !== undefined) {
      if (typeof data.exclude !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/exclude',
          schemaPath: '#/properties/exclude/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.paths !== undefined) {
      let data2 = data.paths;
      if (Array.isArray(data2)) {
        if (data2.length > 50) {
          const err5 = {
            instancePath: instancePath + '/paths',
            schemaPath: '#/properties/paths/maxItems',
            keyword: 'maxItems',
            params: { limit: 50 },
            message: 'must NOT have more than 50 items',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === 'string') {
            if (data3.length > 200 && func1(data3) > 200) {
              const err6 = {
                instancePath: instancePath + '/paths/' + i0,
                schemaPath: '#/$defs/httpPath/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern43.test(data3)) {
              const err7 = {
                instancePath: instancePath + '/paths/' + i0,
                schemaPath: '#/$defs/httpPath/pattern',
                keyword: 'pattern',
                params: { pattern: "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" },
                message: 'must match pattern "' + "^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/paths/' + i0,
              schemaPath: '#/$defs/httpPath/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/paths',
          schemaPath: '#/properties/paths/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (typeof data.data !== 'boolean') {
        const err10 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.slo !== undefined) {
      let data5 = data.slo;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === 'availability' || key1 === 'p95Ms' || key1 === 'p99Ms')) {
            const err11 = {
              instancePath: instancePath + '/slo',
              schemaPath: '#/properties/slo/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.availability !== undefined) {
          let data6 = data5.availability;
          if (typeof data6 == 'number' && isFinite(data6)) {
            if (data6 > 100 || isNaN(data6)) {
              const err12 = {
                instancePath: instancePath + '/slo/availability',
                schemaPath: '#/properties/slo/properties/availability/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 100 },
                message: 'must be <= 100',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6 < 90 || isNaN(data6)) {
              const err13 = {
                instancePath: instancePath + '/slo/availability',
                schemaPath: '#/properties/slo/properties/availability/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 90 },
                message: 'must be >= 90',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/slo/availability',
              schemaPath: '#/properties/slo/properties/availability/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.p95Ms !== undefined) {
          let data7 = data5.p95Ms;
          if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
            const err15 = {
              instancePath: instancePath + '/slo/p95Ms',
              schemaPath: '#/properties/slo/properties/p95Ms/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data7 == 'number' && isFinite(data7)) {
            if (data7 > 600000 || isNaN(data7)) {
              const err16 = {
                instancePath: instancePath + '/slo/p95Ms',
                schemaPath: '#/properties/slo/properties/p95Ms/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 600000 },
                message: 'must be <= 600000',
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err17 = {
                instancePath: instancePath + '/slo/p95Ms',
                schemaPath: '#/properties/slo/properties/p95Ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data5.p99Ms !== undefined) {
          let data8 = data5.p99Ms;
          if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
            const err18 = {
              instancePath: instancePath + '/slo/p99Ms',
              schemaPath: '#/properties/slo/properties/p99Ms/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data8 == 'number' && isFinite(data8)) {
            if (data8 > 600000 || isNaN(data8)) {
              const err19 = {
                instancePath: instancePath + '/slo/p99Ms',
                schemaPath: '#/properties/slo/properties/p99Ms/maximum',
                keyword: 'maximum',
                params: { comparison: '<=', limit: 600000 },
                message: 'must be <= 600000',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err20 = {
                instancePath: instancePath + '/slo/p99Ms',
                schemaPath: '#/properties/slo/properties/p99Ms/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
                message: 'must be >= 1',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/slo',
          schemaPath: '#/properties/slo/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema87 = {
  description:
    "A workshop's answers to Wardley's evolution cheat sheet: each characteristic → the stage (1 genesis … 4 commodity) the group chose, so the file says why the node sits where it does.",
  type: 'object',
  properties: {
    ubiquity: { $ref: '#/$defs/stageNumber' },
    certainty: { $ref: '#/$defs/stageNumber' },
    publication: { $ref: '#/$defs/stageNumber' },
    market: { $ref: '#/$defs/stageNumber' },
    knowledge: { $ref: '#/$defs/stageNumber' },
    'market-perception': { $ref: '#/$defs/stageNumber' },
    'user-perception': { $ref: '#/$defs/stageNumber' },
    'industry-perception': { $ref: '#/$defs/stageNumber' },
    'focus-of-value': { $ref: '#/$defs/stageNumber' },
    understanding: { $ref: '#/$defs/stageNumber' },
    comparison: { $ref: '#/$defs/stageNumber' },
    failure: { $ref: '#/$defs/stageNumber' },
    'market-action': { $ref: '#/$defs/stageNumber' },
    efficiency: { $ref: '#/$defs/stageNumber' },
    'decision-drivers': { $ref: '#/$defs/stageNumber' },
  },
  additionalProperties: false,
};
const schema88 = {
  description:
    'An evolution stage: 1 genesis, 2 custom-built, 3 product (+rental), 4 commodity (+utility).',
  enum: [1, 2, 3, 4],
};

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func26.call(schema87.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ubiquity !== undefined) {
      let data0 = data.ubiquity;
      if (!(data0 === 1 || data0 === 2 || data0 === 3 || data0 === 4)) {
        const err1 = {
          instancePath: instancePath + '/ubiquity',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.certainty !== undefined) {
      let data1 = data.certainty;
      if (!(data1 === 1 || data1 === 2 || data1 === 3 || data1 === 4)) {
        const err2 = {
          instancePath: instancePath + '/certainty',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.publication !== undefined) {
      let data2 = data.publication;
      if (!(data2 === 1 || data2 === 2 || data2 === 3 || data2 === 4)) {
        const err3 = {
          instancePath: instancePath + '/publication',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.market !== undefined) {
      let data3 = data.market;
      if (!(data3 === 1 || data3 === 2 || data3 === 3 || data3 === 4)) {
        const err4 = {
          instancePath: instancePath + '/market',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.knowledge !== undefined) {
      let data4 = data.knowledge;
      if (!(data4 === 1 || data4 === 2 || data4 === 3 || data4 === 4)) {
        const err5 = {
          instancePath: instancePath + '/knowledge',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data['market-perception'] !== undefined) {
      let data5 = data['market-perception'];
      if (!(data5 === 1 || data5 === 2 || data5 === 3 || data5 === 4)) {
        const err6 = {
          instancePath: instancePath + '/market-perception',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data['user-perception'] !== undefined) {
      let data6 = data['user-perception'];
      if (!(data6 === 1 || data6 === 2 || data6 === 3 || data6 === 4)) {
        const err7 = {
          instancePath: instancePath + '/user-perception',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data['industry-perception'] !== undefined) {
      let data7 = data['industry-perception'];
      if (!(data7 === 1 || data7 === 2 || data7 === 3 || data7 === 4)) {
        const err8 = {
          instancePath: instancePath + '/industry-perception',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data['focus-of-value'] !== undefined) {
      let data8 = data['focus-of-value'];
      if (!(data8 === 1 || data8 === 2 || data8 === 3 || data8 === 4)) {
        const err9 = {
          instancePath: instancePath + '/focus-of-value',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.understanding !== undefined) {
      let data9 = data.understanding;
      if (!(data9 === 1 || data9 === 2 || data9 === 3 || data9 === 4)) {
        const err10 = {
          instancePath: instancePath + '/understanding',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.comparison !== undefined) {
      let data10 = data.comparison;
      if (!(data10 === 1 || data10 === 2 || data10 === 3 || data10 === 4)) {
        const err11 = {
          instancePath: instancePath + '/comparison',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.failure !== undefined) {
      let data11 = data.failure;
      if (!(data11 === 1 || data11 === 2 || data11 === 3 || data11 === 4)) {
        const err12 = {
          instancePath: instancePath + '/failure',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data['market-action'] !== undefined) {
      let data12 = data['market-action'];
      if (!(data12 === 1 || data12 === 2 || data12 === 3 || data12 === 4)) {
        const err13 = {
          instancePath: instancePath + '/market-action',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.efficiency !== undefined) {
      let data13 = data.efficiency;
      if (!(data13 === 1 || data13 === 2 || data13 === 3 || data13 === 4)) {
        const err14 = {
          instancePath: instancePath + '/efficiency',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data['decision-drivers'] !== undefined) {
      let data14 = data['decision-drivers'];
      if (!(data14 === 1 || data14 === 2 || data14 === 3 || data14 === 4)) {
        const err15 = {
          instancePath: instancePath + '/decision-drivers',
          schemaPath: '#/$defs/stageNumber/enum',
          keyword: 'enum',
          params: { allowedValues: schema88.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate29(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.evolution === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evolution' },
        message: "must have required property '" + 'evolution' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.visibility === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'visibility' },
        message: "must have required property '" + 'visibility' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func26.call(schema57.properties, key0) || pattern4.test(key0))) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (!(data0 === 'user' || data0 === 'need' || data0 === 'component')) {
        const err5 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema57.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (data1.length > 200 && func1(data1) > 200) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 2 && func1(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.evolution !== undefined) {
      let data2 = data.evolution;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err11 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/evolution',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.visibility !== undefined) {
      let data3 = data.visibility;
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 1 || isNaN(data3)) {
          const err13 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/visibility',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.uses !== undefined) {
      let data4 = data.uses;
      if (Array.isArray(data4)) {
        if (data4.length > 1000) {
          const err16 = {
            instancePath: instancePath + '/uses',
            schemaPath: '#/properties/uses/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs17 = errors;
          const _errs18 = errors;
          if (!(data5 === 'constructor' || data5 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs18 === errors;
          if (valid7) {
            const err18 = {
              instancePath: instancePath + '/uses/' + i0,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs17;
            if (vErrors !== null) {
              if (_errs17) {
                vErrors.length = _errs17;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 === 'string') {
            if (data5.length > 63 && func1(data5) > 63) {
              const err19 = {
                instancePath: instancePath + '/uses/' + i0,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err20 = {
                instancePath: instancePath + '/uses/' + i0,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/uses/' + i0,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data4[i1], data4[j0])) {
                const err22 = {
                  instancePath: instancePath + '/uses',
                  schemaPath: '#/properties/uses/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/uses',
          schemaPath: '#/properties/uses/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.sourcing !== undefined) {
      let data6 = data.sourcing;
      if (!(data6 === 'build' || data6 === 'buy' || data6 === 'outsource')) {
        const err24 = {
          instancePath: instancePath + '/sourcing',
          schemaPath: '#/$defs/sourcing/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.evolve !== undefined) {
      let data7 = data.evolve;
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 > 1 || isNaN(data7)) {
          const err25 = {
            instancePath: instancePath + '/evolve',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err26 = {
            instancePath: instancePath + '/evolve',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/evolve',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.inertia !== undefined) {
      if (typeof data.inertia !== 'boolean') {
        const err28 = {
          instancePath: instancePath + '/inertia',
          schemaPath: '#/properties/inertia/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.inside !== undefined) {
      let data9 = data.inside;
      const _errs29 = errors;
      const _errs30 = errors;
      if (!(data9 === 'constructor' || data9 === 'prototype')) {
        errors++;
      }
      var valid12 = _errs30 === errors;
      if (valid12) {
        const err30 = {
          instancePath: instancePath + '/inside',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data9 === 'string') {
        if (data9.length > 63 && func1(data9) > 63) {
          const err31 = {
            instancePath: instancePath + '/inside',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern11.test(data9)) {
          const err32 = {
            instancePath: instancePath + '/inside',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/inside',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.platform !== undefined) {
      if (typeof data.platform !== 'boolean') {
        const err34 = {
          instancePath: instancePath + '/platform',
          schemaPath: '#/properties/platform/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.team !== undefined) {
      let data11 = data.team;
      if (typeof data11 === 'string') {
        if (data11.length > 200 && func1(data11) > 200) {
          const err35 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data11.length < 2 && func1(data11) < 1) {
          const err36 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data11)) {
          const err37 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/team',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (!(
        validate30(data.data, unlocated) ||
        validate30(data.data, {
          instancePath: instancePath + '/data',
          parentData: data,
          parentDataProperty: 'data',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.agreements !== undefined) {
      let data13 = data.agreements;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data14 = data13[i2];
          if (!(
            data14 === 'baa' ||
            data14 === 'dpa' ||
            data14 === 'pci-dss' ||
            data14 === 'scc' ||
            data14 === 'nda'
          )) {
            const err39 = {
              instancePath: instancePath + '/agreements/' + i2,
              schemaPath: '#/$defs/agreement/enum',
              keyword: 'enum',
              params: { allowedValues: schema69.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        let i3 = data13.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data13[i3], data13[j1])) {
                const err40 = {
                  instancePath: instancePath + '/agreements',
                  schemaPath: '#/properties/agreements/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j1 +
                    ' and ' +
                    i3 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/agreements',
          schemaPath: '#/properties/agreements/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      let data15 = data.note;
      if (typeof data15 === 'string') {
        if (data15.length > 10000 && func1(data15) > 10000) {
          const err42 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (!pattern6.test(data15)) {
          const err43 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/note',
          schemaPath: '#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      let data16 = data.url;
      if (typeof data16 === 'string') {
        if (data16.length > 2000 && func1(data16) > 2000) {
          const err45 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern39.test(data16)) {
          const err46 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://[^\\s]+$' },
            message: 'must match pattern "' + '^https?://[^\\s]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.deploy !== undefined) {
      if (!(
        validate32(data.deploy, unlocated) ||
        validate32(data.deploy, {
          instancePath: instancePath + '/deploy',
          parentData: data,
          parentDataProperty: 'deploy',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate32.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.plan !== undefined) {
      if (!(
        validate34(data.plan, unlocated) ||
        validate34(data.plan, {
          instancePath: instancePath + '/plan',
          parentData: data,
          parentDataProperty: 'plan',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate34.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.evolutionAnswers !== undefined) {
      if (!(
        validate36(data.evolutionAnswers, unlocated) ||
        validate36(data.evolutionAnswers, {
          instancePath: instancePath + '/evolutionAnswers',
          parentData: data,
          parentDataProperty: 'evolutionAnswers',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate36.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.ignore !== undefined) {
      let data20 = data.ignore;
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        for (const key1 in data20) {
          const _errs51 = errors;
          if (typeof key1 === 'string') {
            if (key1.length > 64 && func1(key1) > 64) {
              const err48 = {
                instancePath: instancePath + '/ignore',
                schemaPath: '#/properties/ignore/propertyNames/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern60.test(key1)) {
              const err49 = {
                instancePath: instancePath + '/ignore',
                schemaPath: '#/properties/ignore/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]+/[a-z-]+$' },
                message: 'must match pattern "' + '^[a-z]+/[a-z-]+$' + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = {
              instancePath: instancePath + '/ignore',
              schemaPath: '#/properties/ignore/propertyNames/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid19 = _errs51 === errors;
          if (!valid19) {
            const err51 = {
              instancePath: instancePath + '/ignore',
              schemaPath: '#/properties/ignore/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key2 in data20) {
          let data21 = data20[key2];
          if (typeof data21 === 'string') {
            if (data21.length > 200 && func1(data21) > 200) {
              const err52 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21.length < 2 && func1(data21) < 1) {
              const err53 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern5.test(data21)) {
              const err54 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath:
                instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/ignore',
          schemaPath: '#/properties/ignore/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

const schema104 = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { $ref: '#/$defs/longText' },
    evolution: { $ref: '#/$defs/unit' },
    visibility: { $ref: '#/$defs/unit' },
    nodes: { type: 'array', maxItems: 100, items: { $ref: '#/$defs/id' } },
    kind: {
      description: 'What the annotation records.',
      enum: ['note', 'climate', 'gameplay', 'doctrine', 'risk'],
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'text' },
        message: "must have required property '" + 'text' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'text' ||
        key0 === 'evolution' ||
        key0 === 'visibility' ||
        key0 === 'nodes' ||
        key0 === 'kind' ||
        pattern4.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== undefined) {
      let data0 = data.text;
      if (typeof data0 === 'string') {
        if (data0.length > 10000 && func1(data0) > 10000) {
          const err2 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern6.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.evolution !== undefined) {
      let data1 = data.evolution;
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/evolution',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.visibility !== undefined) {
      let data2 = data.visibility;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/visibility',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.nodes !== undefined) {
      let data3 = data.nodes;
      if (Array.isArray(data3)) {
        if (data3.length > 100) {
          const err11 = {
            instancePath: instancePath + '/nodes',
            schemaPath: '#/properties/nodes/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs16 = errors;
          const _errs17 = errors;
          if (!(data4 === 'constructor' || data4 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs17 === errors;
          if (valid7) {
            const err13 = {
              instancePath: instancePath + '/nodes/' + i0,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data4 === 'string') {
            if (data4.length > 63 && func1(data4) > 63) {
              const err14 = {
                instancePath: instancePath + '/nodes/' + i0,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err15 = {
                instancePath: instancePath + '/nodes/' + i0,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/nodes/' + i0,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/nodes',
          schemaPath: '#/properties/nodes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data5 = data.kind;
      if (!(
        data5 === 'note' ||
        data5 === 'climate' ||
        data5 === 'gameplay' ||
        data5 === 'doctrine' ||
        data5 === 'risk'
      )) {
        const err18 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema104.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://mapwright.dev/schema/map.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'title' },
        message: "must have required property '" + 'title' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.nodes === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'nodes' },
        message: "must have required property '" + 'nodes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'stages' ||
        key0 === 'deployment' ||
        key0 === 'nodes' ||
        key0 === 'annotations' ||
        pattern4.test(key0)
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (1 !== data.version) {
        const err4 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      let data1 = data.title;
      if (typeof data1 === 'string') {
        if (data1.length > 200 && func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 2 && func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/title',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/title',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (data2.length > 10000 && func1(data2) > 10000) {
          const err9 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/description',
            schemaPath: '#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.stages !== undefined) {
      if (!(
        validate21(data.stages, unlocated) ||
        validate21(data.stages, {
          instancePath: instancePath + '/stages',
          parentData: data,
          parentDataProperty: 'stages',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate21.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (!(
        validate23(data.deployment, unlocated) ||
        validate23(data.deployment, {
          instancePath: instancePath + '/deployment',
          parentData: data,
          parentDataProperty: 'deployment',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate23.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.nodes !== undefined) {
      let data5 = data.nodes;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (Object.keys(data5).length > 20000) {
          const err12 = {
            instancePath: instancePath + '/nodes',
            schemaPath: '#/properties/nodes/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 20000 },
            message: 'must NOT have more than 20000 properties',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          const _errs13 = errors;
          const _errs16 = errors;
          const _errs17 = errors;
          if (!(key1 === 'constructor' || key1 === 'prototype')) {
            errors++;
          }
          var valid5 = _errs17 === errors;
          if (valid5) {
            const err14 = {
              instancePath: instancePath + '/nodes',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof key1 === 'string') {
            if (key1.length > 63 && func1(key1) > 63) {
              const err15 = {
                instancePath: instancePath + '/nodes',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(key1)) {
              const err16 = {
                instancePath: instancePath + '/nodes',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/nodes',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid3 = _errs13 === errors;
          if (!valid3) {
            const err18 = {
              instancePath: instancePath + '/nodes',
              schemaPath: '#/properties/nodes/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          if (!(
            validate29(data5[key2], unlocated) ||
            validate29(data5[key2], {
              instancePath:
                instancePath + '/nodes/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data5,
              parentDataProperty: key2,
              rootData,
              dynamicAnchors,
            })
          )) {
            vErrors = vErrors ?? [];
            for (const e of validate29.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/nodes',
          schemaPath: '#/properties/nodes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data7 = data.annotations;
      if (Array.isArray(data7)) {
        if (data7.length > 1000) {
          const err20 = {
            instancePath: instancePath + '/annotations',
            schemaPath: '#/properties/annotations/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!(
            validate39(data7[i0], unlocated) ||
            validate39(data7[i0], {
              instancePath: instancePath + '/annotations/' + i0,
              parentData: data7,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          )) {
            vErrors = vErrors ?? [];
            for (const e of validate39.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const validateShell = validate41;
const schema109 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mapwright.dev/schema/map-shell.schema.json',
  title: 'WardleyMap',
  description:
    'A Mapwright map: users, needs and components on the evolution axis, with sourcing decisions and deployment hints.',
  type: 'object',
  required: ['version', 'title', 'nodes'],
  properties: {
    version: { description: 'Format version of the map file.', const: 1 },
    title: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/text' },
    description: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/longText' },
    stages: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/stages' },
    deployment: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/deploymentSettings' },
    nodes: {
      description:
        'Every user, need and component, keyed by a stable slug id (it becomes Kubernetes names and file names).',
      type: 'object',
      propertyNames: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/id' },
      additionalProperties: true,
      maxProperties: 20000,
    },
    annotations: {
      description: 'Free-form notes placed on the map or attached to nodes.',
      type: 'array',
      maxItems: 1000,
      items: { $ref: 'https://mapwright.dev/schema/map.schema.json#/$defs/annotation' },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
};

function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === 'labels' || key0 === 'boundaries' || pattern4.test(key0))) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.labels !== undefined) {
      let data0 = data.labels;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (!(
        data0 === 'activities' ||
        data0 === 'practices' ||
        data0 === 'data' ||
        data0 === 'knowledge'
      )) {
        const err1 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf/0/enum',
          keyword: 'enum',
          params: { allowedValues: schema34.properties.labels.oneOf[0].enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      if (Array.isArray(data0)) {
        if (data0.length > 4) {
          const err2 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/properties/labels/oneOf/1/maxItems',
            keyword: 'maxItems',
            params: { limit: 4 },
            message: 'must NOT have more than 4 items',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.length < 4) {
          const err3 = {
            instancePath: instancePath + '/labels',
            schemaPath: '#/properties/labels/oneOf/1/minItems',
            keyword: 'minItems',
            params: { limit: 4 },
            message: 'must NOT have fewer than 4 items',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (data1.length > 200 && func1(data1) > 200) {
              const err4 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.length < 2 && func1(data1) < 1) {
              const err5 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern5.test(data1)) {
              const err6 = {
                instancePath: instancePath + '/labels/' + i0,
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/labels/' + i0,
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = {
          instancePath: instancePath + '/labels',
          schemaPath: '#/properties/labels/oneOf',
          keyword: 'oneOf',
          params: { passingSchemas: passing0 },
          message: 'must match exactly one schema in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.boundaries !== undefined) {
      let data2 = data.boundaries;
      if (Array.isArray(data2)) {
        if (data2.length > 3) {
          const err10 = {
            instancePath: instancePath + '/boundaries',
            schemaPath: '#/properties/boundaries/maxItems',
            keyword: 'maxItems',
            params: { limit: 3 },
            message: 'must NOT have more than 3 items',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.length < 3) {
          const err11 = {
            instancePath: instancePath + '/boundaries',
            schemaPath: '#/properties/boundaries/minItems',
            keyword: 'minItems',
            params: { limit: 3 },
            message: 'must NOT have fewer than 3 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 == 'number' && isFinite(data3)) {
            if (data3 >= 1 || isNaN(data3)) {
              const err12 = {
                instancePath: instancePath + '/boundaries/' + i1,
                schemaPath: '#/properties/boundaries/items/exclusiveMaximum',
                keyword: 'exclusiveMaximum',
                params: { comparison: '<', limit: 1 },
                message: 'must be < 1',
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data3 <= 0 || isNaN(data3)) {
              const err13 = {
                instancePath: instancePath + '/boundaries/' + i1,
                schemaPath: '#/properties/boundaries/items/exclusiveMinimum',
                keyword: 'exclusiveMinimum',
                params: { comparison: '>', limit: 0 },
                message: 'must be > 0',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/boundaries/' + i1,
              schemaPath: '#/properties/boundaries/items/type',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be number',
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/boundaries',
          schemaPath: '#/properties/boundaries/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate44(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'registry' ||
        key0 === 'namespace' ||
        key0 === 'tag' ||
        key0 === 'host' ||
        key0 === 'gateway' ||
        key0 === 'sensitive' ||
        key0 === 'environments' ||
        key0 === 'facade' ||
        pattern4.test(key0)
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.registry !== undefined) {
      let data0 = data.registry;
      if (typeof data0 === 'string') {
        if (data0.length > 255 && func1(data0) > 255) {
          const err1 = {
            instancePath: instancePath + '/registry',
            schemaPath: '#/properties/registry/maxLength',
            keyword: 'maxLength',
            params: { limit: 255 },
            message: 'must NOT have more than 255 characters',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern10.test(data0)) {
          const err2 = {
            instancePath: instancePath + '/registry',
            schemaPath: '#/properties/registry/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
            },
            message:
              'must match pattern "' +
              '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/registry',
          schemaPath: '#/properties/registry/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.namespace !== undefined) {
      let data1 = data.namespace;
      const _errs7 = errors;
      const _errs8 = errors;
      if (!(data1 === 'constructor' || data1 === 'prototype')) {
        errors++;
      }
      var valid2 = _errs8 === errors;
      if (valid2) {
        const err5 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data1 === 'string') {
        if (data1.length > 63 && func1(data1) > 63) {
          const err6 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern11.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/namespace',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/namespace',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tag !== undefined) {
      let data2 = data.tag;
      if (typeof data2 === 'string') {
        if (data2.length > 128 && func1(data2) > 128) {
          const err9 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/maxLength',
            keyword: 'maxLength',
            params: { limit: 128 },
            message: 'must NOT have more than 128 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern12.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/tag',
            schemaPath: '#/$defs/tag/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
            message: 'must match pattern "' + '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/tag',
          schemaPath: '#/$defs/tag/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.host !== undefined) {
      let data3 = data.host;
      if (typeof data3 === 'string') {
        if (data3.length > 253 && func1(data3) > 253) {
          const err12 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/maxLength',
            keyword: 'maxLength',
            params: { limit: 253 },
            message: 'must NOT have more than 253 characters',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern13.test(data3)) {
          const err13 = {
            instancePath: instancePath + '/host',
            schemaPath: '#/$defs/hostname/pattern',
            keyword: 'pattern',
            params: {
              pattern: '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$',
            },
            message:
              'must match pattern "' +
              '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$' +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/host',
          schemaPath: '#/$defs/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.gateway !== undefined) {
      let data4 = data.gateway;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.name === undefined) {
          const err15 = {
            instancePath: instancePath + '/gateway',
            schemaPath: '#/properties/gateway/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === 'name' || key1 === 'namespace')) {
            const err16 = {
              instancePath: instancePath + '/gateway',
              schemaPath: '#/properties/gateway/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.name !== undefined) {
          let data5 = data4.name;
          const _errs21 = errors;
          const _errs22 = errors;
          if (!(data5 === 'constructor' || data5 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs22 === errors;
          if (valid7) {
            const err18 = {
              instancePath: instancePath + '/gateway/name',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs21;
            if (vErrors !== null) {
              if (_errs21) {
                vErrors.length = _errs21;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 === 'string') {
            if (data5.length > 63 && func1(data5) > 63) {
              const err19 = {
                instancePath: instancePath + '/gateway/name',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err20 = {
                instancePath: instancePath + '/gateway/name',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/gateway/name',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.namespace !== undefined) {
          let data6 = data4.namespace;
          const _errs26 = errors;
          const _errs27 = errors;
          if (!(data6 === 'constructor' || data6 === 'prototype')) {
            errors++;
          }
          var valid9 = _errs27 === errors;
          if (valid9) {
            const err23 = {
              instancePath: instancePath + '/gateway/namespace',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          } else {
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data6 === 'string') {
            if (data6.length > 63 && func1(data6) > 63) {
              const err24 = {
                instancePath: instancePath + '/gateway/namespace',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (!pattern11.test(data6)) {
              const err25 = {
                instancePath: instancePath + '/gateway/namespace',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + '/gateway/namespace',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/gateway',
          schemaPath: '#/properties/gateway/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.sensitive !== undefined) {
      if (!(
        validate24(data.sensitive, unlocated) ||
        validate24(data.sensitive, {
          instancePath: instancePath + '/sensitive',
          parentData: data,
          parentDataProperty: 'sensitive',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate24.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.environments !== undefined) {
      let data8 = data.environments;
      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
        if (Object.keys(data8).length > 50) {
          const err28 = {
            instancePath: instancePath + '/environments',
            schemaPath: '#/properties/environments/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 50 },
            message: 'must NOT have more than 50 properties',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key2 in data8) {
          const _errs31 = errors;
          const _errs34 = errors;
          const _errs35 = errors;
          if (!(key2 === 'constructor' || key2 === 'prototype')) {
            errors++;
          }
          var valid12 = _errs35 === errors;
          if (valid12) {
            const err30 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          } else {
            errors = _errs34;
            if (vErrors !== null) {
              if (_errs34) {
                vErrors.length = _errs34;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof key2 === 'string') {
            if (key2.length > 63 && func1(key2) > 63) {
              const err31 = {
                instancePath: instancePath + '/environments',
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (!pattern11.test(key2)) {
              const err32 = {
                instancePath: instancePath + '/environments',
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
                propertyName: key2,
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key2,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var valid10 = _errs31 === errors;
          if (!valid10) {
            const err34 = {
              instancePath: instancePath + '/environments',
              schemaPath: '#/properties/environments/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key2 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        for (const key3 in data8) {
          if (!(
            validate26(data8[key3], unlocated) ||
            validate26(data8[key3], {
              instancePath:
                instancePath + '/environments/' + key3.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data8,
              parentDataProperty: key3,
              rootData,
              dynamicAnchors,
            })
          )) {
            vErrors = vErrors ?? [];
            for (const e of validate26.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + '/environments',
          schemaPath: '#/properties/environments/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.facade !== undefined) {
      let data10 = data.facade;
      const _errs41 = errors;
      const _errs42 = errors;
      if (!(data10 === 'constructor' || data10 === 'prototype')) {
        errors++;
      }
      var valid15 = _errs42 === errors;
      if (valid15) {
        const err37 = {
          instancePath: instancePath + '/facade',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs41;
        if (vErrors !== null) {
          if (_errs41) {
            vErrors.length = _errs41;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data10 === 'string') {
        if (data10.length > 63 && func1(data10) > 63) {
          const err38 = {
            instancePath: instancePath + '/facade',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (!pattern11.test(data10)) {
          const err39 = {
            instancePath: instancePath + '/facade',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/facade',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'text' },
        message: "must have required property '" + 'text' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'text' ||
        key0 === 'evolution' ||
        key0 === 'visibility' ||
        key0 === 'nodes' ||
        key0 === 'kind' ||
        pattern4.test(key0)
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.text !== undefined) {
      let data0 = data.text;
      if (typeof data0 === 'string') {
        if (data0.length > 10000 && func1(data0) > 10000) {
          const err2 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern6.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/text',
            schemaPath: '#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/text',
          schemaPath: '#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.evolution !== undefined) {
      let data1 = data.evolution;
      if (typeof data1 == 'number' && isFinite(data1)) {
        if (data1 > 1 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/evolution',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.visibility !== undefined) {
      let data2 = data.visibility;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/visibility',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.nodes !== undefined) {
      let data3 = data.nodes;
      if (Array.isArray(data3)) {
        if (data3.length > 100) {
          const err11 = {
            instancePath: instancePath + '/nodes',
            schemaPath: '#/properties/nodes/maxItems',
            keyword: 'maxItems',
            params: { limit: 100 },
            message: 'must NOT have more than 100 items',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          const _errs16 = errors;
          const _errs17 = errors;
          if (!(data4 === 'constructor' || data4 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs17 === errors;
          if (valid7) {
            const err13 = {
              instancePath: instancePath + '/nodes/' + i0,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data4 === 'string') {
            if (data4.length > 63 && func1(data4) > 63) {
              const err14 = {
                instancePath: instancePath + '/nodes/' + i0,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (!pattern11.test(data4)) {
              const err15 = {
                instancePath: instancePath + '/nodes/' + i0,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/nodes/' + i0,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/nodes',
          schemaPath: '#/properties/nodes/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data5 = data.kind;
      if (!(
        data5 === 'note' ||
        data5 === 'climate' ||
        data5 === 'gameplay' ||
        data5 === 'doctrine' ||
        data5 === 'risk'
      )) {
        const err18 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema104.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

function validate41(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="https://mapwright.dev/schema/map-shell.schema.json" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
        message: "must have required property '" + 'version' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'title' },
        message: "must have required property '" + 'title' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.nodes === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'nodes' },
        message: "must have required property '" + 'nodes' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === 'version' ||
        key0 === 'title' ||
        key0 === 'description' ||
        key0 === 'stages' ||
        key0 === 'deployment' ||
        key0 === 'nodes' ||
        key0 === 'annotations' ||
        pattern4.test(key0)
      )) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (1 !== data.version) {
        const err4 = {
          instancePath: instancePath + '/version',
          schemaPath: '#/properties/version/const',
          keyword: 'const',
          params: { allowedValue: 1 },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== undefined) {
      let data1 = data.title;
      if (typeof data1 === 'string') {
        if (data1.length > 200 && func1(data1) > 200) {
          const err5 = {
            instancePath: instancePath + '/title',
            schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.length < 2 && func1(data1) < 1) {
          const err6 = {
            instancePath: instancePath + '/title',
            schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err7 = {
            instancePath: instancePath + '/title',
            schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/title',
          schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      let data2 = data.description;
      if (typeof data2 === 'string') {
        if (data2.length > 10000 && func1(data2) > 10000) {
          const err9 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern6.test(data2)) {
          const err10 = {
            instancePath: instancePath + '/description',
            schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.stages !== undefined) {
      if (!(
        validate42(data.stages, unlocated) ||
        validate42(data.stages, {
          instancePath: instancePath + '/stages',
          parentData: data,
          parentDataProperty: 'stages',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate42.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (!(
        validate44(data.deployment, unlocated) ||
        validate44(data.deployment, {
          instancePath: instancePath + '/deployment',
          parentData: data,
          parentDataProperty: 'deployment',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate44.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.nodes !== undefined) {
      let data5 = data.nodes;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (Object.keys(data5).length > 20000) {
          const err12 = {
            instancePath: instancePath + '/nodes',
            schemaPath: '#/properties/nodes/maxProperties',
            keyword: 'maxProperties',
            params: { limit: 20000 },
            message: 'must NOT have more than 20000 properties',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          const _errs13 = errors;
          const _errs16 = errors;
          const _errs17 = errors;
          if (!(key1 === 'constructor' || key1 === 'prototype')) {
            errors++;
          }
          var valid5 = _errs17 === errors;
          if (valid5) {
            const err14 = {
              instancePath: instancePath + '/nodes',
              schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof key1 === 'string') {
            if (key1.length > 63 && func1(key1) > 63) {
              const err15 = {
                instancePath: instancePath + '/nodes',
                schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern11.test(key1)) {
              const err16 = {
                instancePath: instancePath + '/nodes',
                schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/nodes',
              schemaPath: 'https://mapwright.dev/schema/map.schema.json#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var valid3 = _errs13 === errors;
          if (!valid3) {
            const err18 = {
              instancePath: instancePath + '/nodes',
              schemaPath: '#/properties/nodes/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/nodes',
          schemaPath: '#/properties/nodes/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data6 = data.annotations;
      if (Array.isArray(data6)) {
        if (data6.length > 1000) {
          const err20 = {
            instancePath: instancePath + '/annotations',
            schemaPath: '#/properties/annotations/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!(
            validate48(data6[i0], unlocated) ||
            validate48(data6[i0], {
              instancePath: instancePath + '/annotations/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          )) {
            vErrors = vErrors ?? [];
            for (const e of validate48.errors) vErrors.push(e);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

export const validateNode = validate50;

function validate50(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.kind === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'kind' },
        message: "must have required property '" + 'kind' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.evolution === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evolution' },
        message: "must have required property '" + 'evolution' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.visibility === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'visibility' },
        message: "must have required property '" + 'visibility' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func26.call(schema57.properties, key0) || pattern4.test(key0))) {
        const err4 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== undefined) {
      let data0 = data.kind;
      if (!(data0 === 'user' || data0 === 'need' || data0 === 'component')) {
        const err5 = {
          instancePath: instancePath + '/kind',
          schemaPath: '#/properties/kind/enum',
          keyword: 'enum',
          params: { allowedValues: schema57.properties.kind.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data1 = data.name;
      if (typeof data1 === 'string') {
        if (data1.length > 200 && func1(data1) > 200) {
          const err6 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 2 && func1(data1) < 1) {
          const err7 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern5.test(data1)) {
          const err8 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.evolution !== undefined) {
      let data2 = data.evolution;
      if (typeof data2 == 'number' && isFinite(data2)) {
        if (data2 > 1 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err11 = {
            instancePath: instancePath + '/evolution',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/evolution',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.visibility !== undefined) {
      let data3 = data.visibility;
      if (typeof data3 == 'number' && isFinite(data3)) {
        if (data3 > 1 || isNaN(data3)) {
          const err13 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = {
            instancePath: instancePath + '/visibility',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/visibility',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.uses !== undefined) {
      let data4 = data.uses;
      if (Array.isArray(data4)) {
        if (data4.length > 1000) {
          const err16 = {
            instancePath: instancePath + '/uses',
            schemaPath: '#/properties/uses/maxItems',
            keyword: 'maxItems',
            params: { limit: 1000 },
            message: 'must NOT have more than 1000 items',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          const _errs17 = errors;
          const _errs18 = errors;
          if (!(data5 === 'constructor' || data5 === 'prototype')) {
            errors++;
          }
          var valid7 = _errs18 === errors;
          if (valid7) {
            const err18 = {
              instancePath: instancePath + '/uses/' + i0,
              schemaPath: '#/$defs/id/not',
              keyword: 'not',
              params: {},
              message: 'must NOT be valid',
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs17;
            if (vErrors !== null) {
              if (_errs17) {
                vErrors.length = _errs17;
              } else {
                vErrors = null;
              }
            }
          }
          if (typeof data5 === 'string') {
            if (data5.length > 63 && func1(data5) > 63) {
              const err19 = {
                instancePath: instancePath + '/uses/' + i0,
                schemaPath: '#/$defs/id/maxLength',
                keyword: 'maxLength',
                params: { limit: 63 },
                message: 'must NOT have more than 63 characters',
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern11.test(data5)) {
              const err20 = {
                instancePath: instancePath + '/uses/' + i0,
                schemaPath: '#/$defs/id/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
                message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = {
              instancePath: instancePath + '/uses/' + i0,
              schemaPath: '#/$defs/id/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--;) {
            for (j0 = i1; j0--;) {
              if (func0(data4[i1], data4[j0])) {
                const err22 = {
                  instancePath: instancePath + '/uses',
                  schemaPath: '#/properties/uses/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i1, j: j0 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j0 +
                    ' and ' +
                    i1 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/uses',
          schemaPath: '#/properties/uses/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.sourcing !== undefined) {
      let data6 = data.sourcing;
      if (!(data6 === 'build' || data6 === 'buy' || data6 === 'outsource')) {
        const err24 = {
          instancePath: instancePath + '/sourcing',
          schemaPath: '#/$defs/sourcing/enum',
          keyword: 'enum',
          params: { allowedValues: schema62.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.evolve !== undefined) {
      let data7 = data.evolve;
      if (typeof data7 == 'number' && isFinite(data7)) {
        if (data7 > 1 || isNaN(data7)) {
          const err25 = {
            instancePath: instancePath + '/evolve',
            schemaPath: '#/$defs/unit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
            message: 'must be <= 1',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err26 = {
            instancePath: instancePath + '/evolve',
            schemaPath: '#/$defs/unit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
            message: 'must be >= 0',
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/evolve',
          schemaPath: '#/$defs/unit/type',
          keyword: 'type',
          params: { type: 'number' },
          message: 'must be number',
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.inertia !== undefined) {
      if (typeof data.inertia !== 'boolean') {
        const err28 = {
          instancePath: instancePath + '/inertia',
          schemaPath: '#/properties/inertia/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.inside !== undefined) {
      let data9 = data.inside;
      const _errs29 = errors;
      const _errs30 = errors;
      if (!(data9 === 'constructor' || data9 === 'prototype')) {
        errors++;
      }
      var valid12 = _errs30 === errors;
      if (valid12) {
        const err30 = {
          instancePath: instancePath + '/inside',
          schemaPath: '#/$defs/id/not',
          keyword: 'not',
          params: {},
          message: 'must NOT be valid',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data9 === 'string') {
        if (data9.length > 63 && func1(data9) > 63) {
          const err31 = {
            instancePath: instancePath + '/inside',
            schemaPath: '#/$defs/id/maxLength',
            keyword: 'maxLength',
            params: { limit: 63 },
            message: 'must NOT have more than 63 characters',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (!pattern11.test(data9)) {
          const err32 = {
            instancePath: instancePath + '/inside',
            schemaPath: '#/$defs/id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[a-z]([a-z0-9-]*[a-z0-9])?$' },
            message: 'must match pattern "' + '^[a-z]([a-z0-9-]*[a-z0-9])?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/inside',
          schemaPath: '#/$defs/id/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.platform !== undefined) {
      if (typeof data.platform !== 'boolean') {
        const err34 = {
          instancePath: instancePath + '/platform',
          schemaPath: '#/properties/platform/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.team !== undefined) {
      let data11 = data.team;
      if (typeof data11 === 'string') {
        if (data11.length > 200 && func1(data11) > 200) {
          const err35 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/maxLength',
            keyword: 'maxLength',
            params: { limit: 200 },
            message: 'must NOT have more than 200 characters',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data11.length < 2 && func1(data11) < 1) {
          const err36 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (!pattern5.test(data11)) {
          const err37 = {
            instancePath: instancePath + '/team',
            schemaPath: '#/$defs/text/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
            message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/team',
          schemaPath: '#/$defs/text/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (!(
        validate30(data.data, unlocated) ||
        validate30(data.data, {
          instancePath: instancePath + '/data',
          parentData: data,
          parentDataProperty: 'data',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate30.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.agreements !== undefined) {
      let data13 = data.agreements;
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data14 = data13[i2];
          if (!(
            data14 === 'baa' ||
            data14 === 'dpa' ||
            data14 === 'pci-dss' ||
            data14 === 'scc' ||
            data14 === 'nda'
          )) {
            const err39 = {
              instancePath: instancePath + '/agreements/' + i2,
              schemaPath: '#/$defs/agreement/enum',
              keyword: 'enum',
              params: { allowedValues: schema69.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        let i3 = data13.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--;) {
            for (j1 = i3; j1--;) {
              if (func0(data13[i3], data13[j1])) {
                const err40 = {
                  instancePath: instancePath + '/agreements',
                  schemaPath: '#/properties/agreements/uniqueItems',
                  keyword: 'uniqueItems',
                  params: { i: i3, j: j1 },
                  message:
                    'must NOT have duplicate items (items ## ' +
                    j1 +
                    ' and ' +
                    i3 +
                    ' are identical)',
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/agreements',
          schemaPath: '#/properties/agreements/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.note !== undefined) {
      let data15 = data.note;
      if (typeof data15 === 'string') {
        if (data15.length > 10000 && func1(data15) > 10000) {
          const err42 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/longText/maxLength',
            keyword: 'maxLength',
            params: { limit: 10000 },
            message: 'must NOT have more than 10000 characters',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (!pattern6.test(data15)) {
          const err43 = {
            instancePath: instancePath + '/note',
            schemaPath: '#/$defs/longText/pattern',
            keyword: 'pattern',
            params: { pattern: '^\\P{Cs}*$' },
            message: 'must match pattern "' + '^\\P{Cs}*$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = {
          instancePath: instancePath + '/note',
          schemaPath: '#/$defs/longText/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.url !== undefined) {
      let data16 = data.url;
      if (typeof data16 === 'string') {
        if (data16.length > 2000 && func1(data16) > 2000) {
          const err45 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/maxLength',
            keyword: 'maxLength',
            params: { limit: 2000 },
            message: 'must NOT have more than 2000 characters',
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (!pattern39.test(data16)) {
          const err46 = {
            instancePath: instancePath + '/url',
            schemaPath: '#/properties/url/pattern',
            keyword: 'pattern',
            params: { pattern: '^https?://[^\\s]+$' },
            message: 'must match pattern "' + '^https?://[^\\s]+$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/url',
          schemaPath: '#/properties/url/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.deploy !== undefined) {
      if (!(
        validate32(data.deploy, unlocated) ||
        validate32(data.deploy, {
          instancePath: instancePath + '/deploy',
          parentData: data,
          parentDataProperty: 'deploy',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate32.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.plan !== undefined) {
      if (!(
        validate34(data.plan, unlocated) ||
        validate34(data.plan, {
          instancePath: instancePath + '/plan',
          parentData: data,
          parentDataProperty: 'plan',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate34.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.evolutionAnswers !== undefined) {
      if (!(
        validate36(data.evolutionAnswers, unlocated) ||
        validate36(data.evolutionAnswers, {
          instancePath: instancePath + '/evolutionAnswers',
          parentData: data,
          parentDataProperty: 'evolutionAnswers',
          rootData,
          dynamicAnchors,
        })
      )) {
        vErrors = vErrors ?? [];
        for (const e of validate36.errors) vErrors.push(e);
        errors = vErrors.length;
      }
    }
    if (data.ignore !== undefined) {
      let data20 = data.ignore;
      if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
        for (const key1 in data20) {
          const _errs51 = errors;
          if (typeof key1 === 'string') {
            if (key1.length > 64 && func1(key1) > 64) {
              const err48 = {
                instancePath: instancePath + '/ignore',
                schemaPath: '#/properties/ignore/propertyNames/maxLength',
                keyword: 'maxLength',
                params: { limit: 64 },
                message: 'must NOT have more than 64 characters',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern60.test(key1)) {
              const err49 = {
                instancePath: instancePath + '/ignore',
                schemaPath: '#/properties/ignore/propertyNames/pattern',
                keyword: 'pattern',
                params: { pattern: '^[a-z]+/[a-z-]+$' },
                message: 'must match pattern "' + '^[a-z]+/[a-z-]+$' + '"',
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = {
              instancePath: instancePath + '/ignore',
              schemaPath: '#/properties/ignore/propertyNames/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              propertyName: key1,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          var valid19 = _errs51 === errors;
          if (!valid19) {
            const err51 = {
              instancePath: instancePath + '/ignore',
              schemaPath: '#/properties/ignore/propertyNames',
              keyword: 'propertyNames',
              params: { propertyName: key1 },
              message: 'property name must be valid',
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        for (const key2 in data20) {
          let data21 = data20[key2];
          if (typeof data21 === 'string') {
            if (data21.length > 200 && func1(data21) > 200) {
              const err52 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/maxLength',
                keyword: 'maxLength',
                params: { limit: 200 },
                message: 'must NOT have more than 200 characters',
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21.length < 2 && func1(data21) < 1) {
              const err53 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (!pattern5.test(data21)) {
              const err54 = {
                instancePath:
                  instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/$defs/text/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' },
                message: 'must match pattern "' + '^[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]+$' + '"',
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = {
              instancePath:
                instancePath + '/ignore/' + key2.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/$defs/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = {
          instancePath: instancePath + '/ignore',
          schemaPath: '#/properties/ignore/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
