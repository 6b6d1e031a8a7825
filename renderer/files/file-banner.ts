// What the window must tell the user about the open file on disk: it changed under unsaved work,
// a save was refused because the file on disk is newer, or the file was deleted. Kept apart from
// the map store so a banner never enters undo history.
import { create } from 'zustand';

export type FileBannerKind = 'changed' | 'conflict' | 'deleted';

export interface FileBanner {
  kind: FileBannerKind;
  name: string;
  token: string;
  message: string;
}

export const useFileBanner = create<{ banner: FileBanner | null }>(() => ({ banner: null }));

export function showBanner(banner: FileBanner | null): void {
  useFileBanner.setState({ banner });
}
