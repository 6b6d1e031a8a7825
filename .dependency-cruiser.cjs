/** Layers point one way: renderer, electron, cli, server → core → schema (DESIGN.md); electron and server share files/. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ and schema/ take text and data and return data and text: no UI, Electron, fs or outer layers.',
      severity: 'error',
      from: { path: '^(core|schema)/' },
      to: {
        path: [
          '^(renderer|electron|cli|server|files)/',
          'node_modules/(react|react-dom|electron|zustand|zundo|d3-[a-z-]+|chokidar|write-file-atomic)/',
        ],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^(core|schema)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'schema-is-leaf',
      severity: 'error',
      from: { path: '^schema/' },
      to: { path: '^(core|renderer|electron|cli|server|files)/' },
    },
    {
      name: 'renderer-through-bridge',
      comment: 'The renderer talks to the host only through window.mapwright.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^(electron|cli|server|files)/', 'node_modules/(electron|chokidar|write-file-atomic)/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'files-serve-both-hosts',
      comment: 'files/ is the Node file service shared by the desktop app and the browser server: no Electron, no UI.',
      severity: 'error',
      from: { path: '^files/' },
      to: { path: ['^(electron|renderer|server|cli)/', 'node_modules/(electron|react|react-dom)/'] },
    },
    {
      name: 'server-is-not-the-shell',
      comment: 'server/ (npm run web) runs in plain Node: core, schema and files/ only.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ['^(electron|renderer|cli)/', 'node_modules/(electron|react|react-dom)/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
