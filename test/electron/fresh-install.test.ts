// `npm install` on a fresh machine where Electron's binary cannot be downloaded (a proxy, an offline
// CI) must pass (issue #12 §1): electron 38's install script fetched the binary and exited 1 there.
// The lock file records which packages run a script at install time; none may be Electron, and each
// must be one package.json's `allowScripts` names, so a new one is a decision, not an accident.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};

/** The packages `npm ci` runs an install script for, by name. */
function withInstallScripts(): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('a fresh install', () => {
  it('runs no Electron install script (the binary is fetched by npm start, where a refusal is one line)', () => {
    expect(lock.packages['node_modules/electron']?.version).toBeDefined();
    expect(withInstallScripts()).not.toContain('electron');
  });

  it('runs only the install scripts package.json names in allowScripts', () => {
    const named = Object.keys(manifest.allowScripts ?? {});
    for (const name of withInstallScripts()) expect(named, `${name} runs a script at install time`).toContain(name);
  });
});
