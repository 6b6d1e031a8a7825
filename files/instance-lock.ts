// One app instance per data folder, so two windows never write the same drafts. Electron's
// requestSingleInstanceLock covers one user session; this lock file also covers two builds or
// a dev and an installed copy sharing the folder. A lock left by a dead process is taken over.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface InstanceLock {
  release(): Promise<void>;
}

const LOCK_NAME = 'instance.lock';

/** The lock, or null when a live process holds it. */
export async function acquireInstanceLock(folder: string, pid = process.pid): Promise<InstanceLock | null> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (e) {
      if (!(typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST')) throw e;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return null;
      await rm(path, { force: true });
    }
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else; still alive.
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPERM';
  }
}
