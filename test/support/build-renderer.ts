// Vitest global setup: build dist/renderer once, before any test file starts `npm run web`.
// Test files run in parallel; each building on its own would race on the same folder.
import { buildIfStale } from '../../server/renderer-build.ts';

export default function buildRendererOnce(): void {
  buildIfStale();
}
