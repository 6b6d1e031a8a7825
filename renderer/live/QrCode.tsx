// A QR code of the session link, drawn as one SVG path from the `qrcode` library's module matrix
// (no HTML strings, no canvas), so phones and laptops in the room can scan the link.
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The dark modules as one path of unit squares, plus the matrix size (without the quiet zone). */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { size: modules.size, d: parts.join('') };
}

const QUIET = 4;

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  const full = size + QUIET * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-QUIET} ${-QUIET} ${full} ${full}`}
      width={full * 5}
      height={full * 5}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
