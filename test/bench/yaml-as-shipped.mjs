// `npm run bench` loads this first (node --import): the in-process figures then run yaml's browser
// build, the one the app and the CLI ship. The renderer gets it through vite and the CLI bundle
// through scripts/build-cli.mjs; yaml's Node build, which Node would otherwise pick, reads
// process.env (LOG_TOKENS) once per token it parses, a cost no user pays.
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const browserBuild = pathToFileURL(
  fileURLToPath(new URL('../../node_modules/yaml/browser/index.js', import.meta.url)),
).href;

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  return next(specifier === 'yaml' ? ${JSON.stringify(browserBuild)} : specifier, context);
}`)}`,
);
