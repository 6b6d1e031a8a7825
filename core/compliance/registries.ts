// Whether an image registry is public. Docker reads a first path segment without a dot, colon or
// `localhost` as a Docker Hub namespace, so "acme/images" is Docker Hub too.
const PUBLIC_HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
  'public.ecr.aws',
  'registry.k8s.io',
  'k8s.gcr.io',
  'mcr.microsoft.com',
  'ghcr.io',
  'quay.io',
]);

export function registryHost(registry: string): string {
  const first = registry.split('/')[0] ?? '';
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost';
  return isHost ? first.replace(/:\d+$/, '') : 'docker.io';
}

export function isPublicRegistry(registry: string): boolean {
  return PUBLIC_HOSTS.has(registryHost(registry));
}
