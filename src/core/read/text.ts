/** Text normalisation shared by header matching, identity and keyword detection. */

/** Case-, space- and punctuation-blind key, used to compare headers and sheet names. */
export function headerKey(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const HONORIFICS = new Set(['bu', 'ibu', 'pak', 'bapak', 'bpk', 'mas', 'mbak', 'kak']);

/** Display form of a name: NFKC, trimmed, inner spaces collapsed. */
export function cleanName(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Identity key of a customer name (DOMAIN 1): NFKC, trimmed, spaces collapsed, case folded;
 * honorifics (Bu, Pak, Mas...) are removed only when the owner asks for it.
 */
export function nameKey(value: unknown, stripHonorifics = false): string {
  return keyOfCleanName(cleanName(value), stripHonorifics);
}

/** nameKey of a name cleanName already gave (not cleaned twice: a sheet has thousands of names). */
export function keyOfCleanName(name: string, stripHonorifics = false): string {
  let key = name.toLowerCase();
  if (stripHonorifics) {
    const words = key.split(' ');
    while (words.length > 1 && HONORIFICS.has(words[0].replace(/\.$/, ''))) words.shift();
    key = words.join(' ');
  }
  return key;
}

/** Lower-case words of a cell, for keyword tests such as "Belum Lunas" or "Tempo 14 hari". */
export function words(value: unknown): string[] {
  return String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Digits of a phone number in the international 62... form, or '' when it is not a plausible number. */
export function phoneKey(value: unknown): string {
  let digits = String(value ?? '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  digits = digits.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = '62' + digits.slice(1);
  else if (digits.startsWith('8')) digits = '62' + digits;
  return /^62\d{8,13}$/.test(digits) ? digits : '';
}

export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}
