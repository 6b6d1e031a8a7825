// The export preview lists a bundle grouped by folder (base/, overlays/prod/, secrets/ …), the way
// it lands on disk, so a reader sees the Kustomize layout before writing it.

export interface FileGroup {
  /** Folder path with a trailing slash (`overlays/prod/`), or '' for files at the top. */
  folder: string;
  /** Full relative paths of the files directly in that folder, sorted. */
  files: string[];
}

/** Groups relative POSIX paths by their folder: top-level files first, then folders in path order. */
export function filesByFolder(paths: readonly string[]): FileGroup[] {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) {
    const cut = path.lastIndexOf('/');
    const folder = cut < 0 ? '' : path.slice(0, cut + 1);
    const files = groups.get(folder);
    if (files) files.push(path);
    else groups.set(folder, [path]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1))
    .map(([folder, files]) => ({ folder, files }));
}

/** The file's name within its folder. */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
