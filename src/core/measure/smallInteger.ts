/**
 * `x` itself, as a small integer where it is one. Sums read from the sales columns (a
 * Float64Array) are doubles even when whole, and V8 keeps a double field of an object as a
 * separate box on the heap: for tens of thousands of debts and customers, boxes the collector
 * copies and the code walks to. A whole rupiah amount (below 2^31) fits in the object itself.
 */
export function smallInteger(x: number): number {
  return x === (x | 0) ? x | 0 : x;
}
