/**
 * Invoice numbers as ids. A book of a million rows holds half a million invoice numbers, each on
 * one or two rows, and all the measures ask of them is which rows share one. Read from a sheet
 * they are numbered as texts; the command line numbers them by their UTF-8 bytes in the file (its
 * coder's ByteIds) and makes no string of them: half a million strings made, hashed, sent from
 * the worker and kept alive cost a million-row run about half a second.
 */
import { idsIn, type TextIds } from './interner';

/** Texts numbered by their UTF-8 bytes, as plain arrays (they go from one thread to another). */
export interface ByteTexts {
  /** Ids run below `size`; id k is store[starts[k], starts[k] + lengths[k]). */
  size: number;
  store: Uint8Array;
  starts: Int32Array;
  lengths: Int32Array;
  /** Each id's hash (FNV-1a of its bytes), so a table taking them in need not hash them again. */
  hashes: Int32Array;
}

/** What a sales column's invoice ids stand for: texts, or the bytes of texts. */
export type InvoiceNumbers = { texts: readonly string[] } | { bytes: ByteTexts };

/** Invoice ids run below this (some may stand for no row's invoice: see ByteIds). */
export function invoiceCount(numbers: InvoiceNumbers): number {
  return 'texts' in numbers ? numbers.texts.length : numbers.bytes.size;
}

let decoder: TextDecoder | undefined;

/** The invoice number of id `id`, decoded when asked (tests, and records made from columns). */
export function invoiceText(numbers: InvoiceNumbers, id: number): string {
  if ('texts' in numbers) return numbers.texts[id];
  const { store, starts, lengths } = numbers.bytes;
  decoder ??= new TextDecoder();
  return decoder.decode(store.subarray(starts[id], starts[id] + lengths[id]));
}

/** A table numbering invoice numbers, which the parts of a sheet read apart are joined through. */
export interface InvoiceTable {
  /** What its ids stand for so far. */
  numbers(): InvoiceNumbers;
  /**
   * Another part's invoice ids (by what they stand for) as this table's, new ones numbered after
   * its own. `last`: no part after it will ask, so its new numbers need not be found again.
   */
  idsOf(other: InvoiceNumbers, last: boolean): Int32Array;
}

/** Invoice numbers numbered as texts (a sheet's cells). */
export class TextInvoices implements InvoiceTable {
  constructor(private readonly ids: TextIds) {}

  numbers(): InvoiceNumbers {
    return { texts: this.ids.values };
  }

  idsOf(other: InvoiceNumbers, last: boolean): Int32Array {
    if (!('texts' in other)) throw new Error('parts of one sheet number their invoices alike');
    return idsIn(this.ids, other.texts, last);
  }
}
