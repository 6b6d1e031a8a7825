// Where a byte sequence stops being UTF-8, found in one pass so a multi-megabyte file costs
// linear time. The rules are the WHATWG decoder's, the one TextDecoder({ fatal: true }) applies:
// no overlong forms, no surrogates, nothing above U+10FFFF.

/** Byte offset of the first byte that starts an invalid sequence, or -1 when all of it is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid sequence starting at `i`, or 0 if it is invalid or cut short. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const shape = leadShape(lead);
  if (!shape) return 0;
  const [length, secondMin, secondMax] = shape;
  const second = bytes[i + 1];
  if (second === undefined || second < secondMin || second > secondMax) return 0;
  for (let k = 2; k < length; k++) {
    if (!isContinuation(bytes[i + k])) return 0;
  }
  return length;
}

/** Sequence length and the allowed range of its second byte, for a lead byte ≥ 0x80. */
function leadShape(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf]; // below A0 would be overlong
  if (lead === 0xed) return [3, 0x80, 0x9f]; // above 9F would be a UTF-16 surrogate
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf]; // below 90 would be overlong
  if (lead === 0xf4) return [4, 0x80, 0x8f]; // above 8F would exceed U+10FFFF
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return undefined;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}
