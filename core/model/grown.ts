// Lists of numbers kept in typed arrays (their stores lie outside the collected heap) grow by
// doubling, as JS arrays do: one helper for every such list.

/** A copy of `array` with room for at least `least` entries, twice its length at the least. */
export function grownInt32(array: Int32Array, least = array.length + 1): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(least, array.length * 2));
  bigger.set(array);
  return bigger;
}
