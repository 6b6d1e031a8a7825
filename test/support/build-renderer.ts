// Vitest global setup: build dist/renderer once, before any test file starts `npm run web`.
// Test files run in parallel; each building on its own would race on the same folder.
export default async function buildRendererOnce(): Promise<void> {
  const web: { buildIfStale: () => void } = await import(String(new URL('../../scripts/web.mjs', import.meta.url)));
  web.buildIfStale();
}
