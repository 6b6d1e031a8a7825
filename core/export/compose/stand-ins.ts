// Local stand-ins for what the map does not build: a pinned container per well-known product
// or managed-service kind, and an HTTP mock for anything else. For development only.

export interface StandIn {
  image: string;
  port: number;
  environment?: Record<string, string>;
}

// Credentials here are for a throwaway local container, never for a real environment.
const KNOWN: ReadonlyMap<string, StandIn> = new Map<string, StandIn>([
  ['postgres', { image: 'postgres:17-alpine', port: 5432, environment: { POSTGRES_PASSWORD: 'local-dev-only' } }],
  ['postgresql', { image: 'postgres:17-alpine', port: 5432, environment: { POSTGRES_PASSWORD: 'local-dev-only' } }],
  ['mysql', { image: 'mysql:8.4', port: 3306, environment: { MYSQL_ROOT_PASSWORD: 'local-dev-only' } }],
  ['redis', { image: 'redis:7.4-alpine', port: 6379 }],
  ['rabbitmq', { image: 'rabbitmq:4.0-alpine', port: 5672 }],
  ['kafka', { image: 'apache/kafka:3.9.0', port: 9092 }],
  ['email', { image: 'axllent/mailpit:v1.21', port: 1025 }],
  ['smtp', { image: 'axllent/mailpit:v1.21', port: 1025 }],
  ['object-storage', { image: 'minio/minio:RELEASE.2024-12-18T13-15-44Z', port: 9000 }],
  ['s3', { image: 'minio/minio:RELEASE.2024-12-18T13-15-44Z', port: 9000 }],
  [
    'elasticsearch',
    {
      image: 'elasticsearch:8.17.0',
      port: 9200,
      environment: { 'discovery.type': 'single-node', 'xpack.security.enabled': 'false' },
    },
  ],
  [
    'opensearch',
    {
      image: 'opensearchproject/opensearch:2.18.0',
      port: 9200,
      environment: { 'discovery.type': 'single-node', DISABLE_SECURITY_PLUGIN: 'true' },
    },
  ],
  ['keycloak', { image: 'quay.io/keycloak/keycloak:26.0', port: 8080 }],
  ['identity', { image: 'quay.io/keycloak/keycloak:26.0', port: 8080 }],
]);

const HTTP_MOCK: StandIn = { image: 'wiremock/wiremock:3.9.2', port: 8080 };

/** The stand-in for a product (by chart name) or a managed service (by kind). */
export function standInFor(kind: string | undefined): StandIn {
  const known = kind === undefined ? undefined : KNOWN.get(kind.toLowerCase());
  return known ?? HTTP_MOCK;
}
