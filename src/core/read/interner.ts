/**
 * Strings to consecutive ids (0, 1, 2, ...) in the order first seen: an open-addressing table on
 * typed arrays. The sales reader hands each distinct cell over once (its ids go by cell code), as
 * a fresh string, and V8's Map spends about a microsecond on each new key of tens of thousands
 * (its tables are rebuilt on the heap as they grow); this table about half of it (names and keys
 * of a million-row file: 36 ms here, 68 ms in a Map). A Map would win for texts handed over again
 * and again as the same string object (it keeps the hash in the string); the reader hands each
 * distinct text over once.
 */
export interface TextIds {
  /** The strings by id, in the order first seen. */
  readonly values: string[];
  /** The id of `value`, added when new. */
  id(value: string): number;
  /** The id of `value`, -1 when new (nothing added). */
  find(value: string): number;
}
import { grown } from './typedArrays';

/** A free slot. */
export const EMPTY = -1;

/** FNV-1a over the UTF-16 code units, with a final mix so the low bits (the slot) vary. */
export function stringHash(value: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d);
}

export class Interner implements TextIds {
  /** The strings by id, in the order first seen. */
  readonly values: string[] = [];
  private hashes = new Int32Array(16);
  /** Slot to id, EMPTY where free; never more than half full. */
  private slots = new Int32Array(32).fill(EMPTY);
  /** The previous call's string and id: rows repeat the row above (item rows of one sale). */
  private lastValue: string | null = null;
  private lastId = EMPTY;

  /** The id of `value`, added when new. */
  id(value: string): number {
    if (value === this.lastValue) return this.lastId;
    const hash = stringHash(value);
    const slot = this.slotOf(value, hash);
    let id = this.slots[slot];
    if (id === EMPTY) {
      id = this.values.length;
      this.values.push(value);
      if (id === this.hashes.length) this.hashes = grown(this.hashes, id * 2);
      this.hashes[id] = hash;
      this.slots[slot] = id;
      if (2 * (id + 1) > this.slots.length) this.rehash();
    }
    this.lastValue = value;
    this.lastId = id;
    return id;
  }

  find(value: string): number {
    return this.slots[this.slotOf(value, stringHash(value))];
  }

  /** The slot holding `value`, or the free slot where it would go. */
  private slotOf(value: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot];
      if (id === EMPTY || (this.hashes[id] === hash && this.values[id] === value)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(): void {
    this.slots = slotTable(this.hashes, 0, this.values.length, this.slots.length * 2);
  }
}

/**
 * An open-addressing slot table of `size` slots (a power of two; EMPTY where free) holding the ids
 * from .. to - 1 at their hashes: what a table that grew is rebuilt into.
 */
export function slotTable(
  hashes: Int32Array,
  from: number,
  to: number,
  size: number,
): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(size).fill(EMPTY);
  const mask = size - 1;
  for (let id = from; id < to; id++) {
    let slot = hashes[id] & mask;
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[slot] = id;
  }
  return slots;
}

/** The ids `table` gives `values`, new ones numbered after its own; for the `last` part of a sheet
 * a text the table lacks takes the next id without going into its lookup (see salesParts.ts). */
export function idsIn(table: TextIds, values: readonly string[], last: boolean): Int32Array {
  const to = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const found = last ? table.find(values[k]) : table.id(values[k]);
    to[k] = found >= 0 ? found : table.values.push(values[k]) - 1;
  }
  return to;
}
