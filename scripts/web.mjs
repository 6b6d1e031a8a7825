// `npm run web`: a thin launcher for the browser server in server/ (TypeScript, loaded through
// tsx). Options are described in server/main.ts.
import { tsImport } from 'tsx/esm/api';

try {
  const { runWebCommand } = await tsImport('../server/main.ts', import.meta.url);
  await runWebCommand(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
