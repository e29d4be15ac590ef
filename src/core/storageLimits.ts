/**
 * Google's limits on what a script stores in a property store
 * (https://developers.google.com/apps-script/guides/services/quotas): 9 KB per value and 500 KB per
 * store, counted in bytes. The settings are checked against them before they are saved (in the
 * page and on the server), and everything else we keep is capped well below them.
 */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

/** UTF-8 bytes of a text: what the limits count ("ü" is 2 bytes, an emoji 4). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether one property of this key and value is within the 9 KB a value may take. */
export function fitsOneProperty(key: string, value: string): boolean {
  return utf8Bytes(key) + utf8Bytes(value) <= PROPERTY_VALUE_BYTES;
}

/** Splits a text into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  if (start < text.length || parts.length === 0) parts.push(text.slice(start));
  return parts;
}
