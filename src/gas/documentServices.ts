/**
 * The document's property store and lock. Apps Script answers null for both where the script is
 * not attached to a document; every caller gets them here, so that case reads as a plain message
 * in the owner's language instead of "Cannot read properties of null".
 */
import { msg } from '../core/i18n';
import { PROPERTY_VALUE_BYTES, splitByBytes, utf8Bytes } from '../core/storageLimits';
import type { LockApi, PropertiesApi, Services } from './services';

export function documentProperties(services: Services): PropertiesApi {
  const props = services.documentProperties();
  if (!props) throw new Error(msg().storage.noProperties);
  return props;
}

export function documentLock(services: Services): LockApi {
  const lock = services.documentLock();
  if (!lock) throw new Error(msg().storage.noLock);
  return lock;
}

/** A piece of a long value, with room to spare below the 9 KB a property may hold. */
const PART_BYTES = PROPERTY_VALUE_BYTES - 512;

/**
 * A text longer than one property may hold, kept in parts: `<key>.0`, `<key>.1`, … and the count
 * in `<key>.n`. The caller caps the text (the store as a whole holds at most 500 KB).
 */
export function saveInParts(props: PropertiesApi, key: string, text: string): void {
  const parts = splitByBytes(text, PART_BYTES - utf8Bytes(key));
  const before = partCount(props, key);
  parts.forEach((part, i) => props.setProperty(`${key}.${i}`, part));
  props.setProperty(`${key}.n`, String(parts.length));
  for (let i = parts.length; i < before; i++) props.deleteProperty(`${key}.${i}`);
  // A value from before the text was kept in parts.
  if (props.getProperty(key) !== null) props.deleteProperty(key);
}

function partCount(props: PropertiesApi, key: string): number {
  const n = Number(props.getProperty(`${key}.n`));
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The text saveInParts kept, or the one-property value of before; null when there is none. */
export function loadInParts(props: PropertiesApi, key: string): string | null {
  const n = partCount(props, key);
  if (n === 0) return props.getProperty(key);
  let text = '';
  for (let i = 0; i < n; i++) text += props.getProperty(`${key}.${i}`) ?? '';
  return text;
}
