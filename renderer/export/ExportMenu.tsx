// The toolbar's Export menu (one entry per export, each opening the preview) and Import OWM.
import { useEffect, useRef, useState } from 'react';
import { importOwmFromDialog } from '../import/owm-open.ts';
import { EXPORT_KINDS } from './export-preview.ts';
import { openExport } from './export-store.ts';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => void importOwmFromDialog()} title="Import an OnlineWardleyMaps text file">
        Import OWM…
      </button>
      <div className="export-menu" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
          Export ▾
        </button>
        {open && (
          <ul role="menu" aria-label="Export">
            {EXPORT_KINDS.map((k) => (
              <li key={k.kind} role="none">
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    setOpen(false);
                    openExport(k.kind);
                  }}
                >
                  {k.label}…
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
