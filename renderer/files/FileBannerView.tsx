// The bar under the toolbar that asks what to do when the file on disk and the window disagree.
import { keepMine, reloadFromDisk } from './file-events.ts';
import { showBanner, useFileBanner } from './file-banner.ts';

export function FileBannerView() {
  const banner = useFileBanner((s) => s.banner);
  if (!banner) return null;
  return (
    <div className="file-banner" role="alert" data-file-banner={banner.kind}>
      <span>{banner.message}</span>
      {banner.kind !== 'deleted' && (
        <button type="button" onClick={() => void reloadFromDisk()}>
          Reload from disk
        </button>
      )}
      <button type="button" onClick={() => void keepMine()}>
        {banner.kind === 'conflict' ? 'Overwrite with mine' : 'Keep mine'}
      </button>
      {banner.kind === 'conflict' && (
        <button type="button" onClick={() => showBanner(null)}>
          Cancel
        </button>
      )}
    </div>
  );
}
