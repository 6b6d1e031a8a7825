// Local stand-ins for what the map does not build: a pinned container per well-known product
// or managed-service kind, and an HTTP mock for anything else. For development only.

export interface StandIn {
  image: string;
  port: number;
  environment?: Record<string, string>;
  /** Arguments the image needs to start at all (Keycloak and MinIO exit without one). */
  command?: string[];
  /** A probe the image itself carries, so dependants can wait for `service_healthy`. */
  healthcheck?: string[];
}

const PG: StandIn = {
  image: 'postgres:17-alpine',
  port: 5432,
  environment: { POSTGRES_PASSWORD: 'local-dev-only' },
  healthcheck: ['CMD', 'pg_isready', '-U', 'postgres'],
};
const MINIO: StandIn = {
  image: 'minio/minio:RELEASE.2024-12-18T13-15-44Z',
  port: 9000,
  command: ['server', '/data'],
  healthcheck: ['CMD', 'mc', 'ready', 'local'],
};
const KEYCLOAK: StandIn = {
  image: 'quay.io/keycloak/keycloak:26.0',
  port: 8080,
  command: ['start-dev'],
  environment: { KC_BOOTSTRAP_ADMIN_USERNAME: 'admin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'local-dev-only' },
};
const MAILPIT: StandIn = { image: 'axllent/mailpit:v1.21', port: 1025, healthcheck: ['CMD', '/mailpit', 'readyz'] };

// Credentials here are for a throwaway local container, never for a real environment.
const KNOWN: ReadonlyMap<string, StandIn> = new Map<string, StandIn>([
  ['postgres', PG],
  ['postgresql', PG],
  [
    'mysql',
    {
      image: 'mysql:8.4',
      port: 3306,
      environment: { MYSQL_ROOT_PASSWORD: 'local-dev-only' },
      healthcheck: ['CMD', 'mysqladmin', 'ping', '-h', 'localhost'],
    },
  ],
  ['redis', { image: 'redis:7.4-alpine', port: 6379, healthcheck: ['CMD', 'redis-cli', 'ping'] }],
  [
    'rabbitmq',
    { image: 'rabbitmq:4.0-alpine', port: 5672, healthcheck: ['CMD', 'rabbitmq-diagnostics', '-q', 'ping'] },
  ],
  ['kafka', { image: 'apache/kafka:3.9.0', port: 9092 }],
  ['email', MAILPIT],
  ['smtp', MAILPIT],
  ['object-storage', MINIO],
  ['s3', MINIO],
  ['minio', MINIO],
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
  ['keycloak', KEYCLOAK],
  ['identity', KEYCLOAK],
]);

const HTTP_MOCK: StandIn = { image: 'wiremock/wiremock:3.9.2', port: 8080 };

/** The stand-in for a product (by chart name) or a managed service (by kind). */
export function standInFor(kind: string | undefined): StandIn {
  const known = kind === undefined ? undefined : KNOWN.get(kind.toLowerCase());
  return known ?? HTTP_MOCK;
}
