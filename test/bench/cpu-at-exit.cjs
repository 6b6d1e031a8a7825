// Preloaded (--require) into each process cli-figures.ts times: writes the process's CPU time
// (user + system, microseconds) to file descriptor 3 as it exits, since Node gives a parent no
// resource usage of its children. A CommonJS preload, so that timing a CommonJS run does not start
// the ES module loader.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.getBuiltinModule('node:fs').writeSync(3, String(user + system));
});
