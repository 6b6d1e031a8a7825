// A browser cannot write into a folder the user picks, so the browser host hands a bundle over as
// one .zip download with the same relative paths (fflate: small, synchronous, no workers needed).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { bundlePaths, type Bundle } from '../../core/export/bundle.ts';

// A fixed timestamp keeps the archive byte-identical for the same bundle (zip stores DOS dates from 1980).
const FIXED_TIME = new Date(Date.UTC(1980, 0, 1, 12));

export function zipBundle(files: Bundle): Uint8Array {
  const entries: Zippable = {};
  for (const path of bundlePaths(files)) entries[path] = [strToU8(files[path] ?? ''), { mtime: FIXED_TIME }];
  return zipSync(entries, { level: 6 });
}
