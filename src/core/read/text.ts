/** Text normalisation shared by header matching, identity and keyword detection. */

/** Case-, space- and punctuation-blind key, used to compare headers and sheet names. */
export function headerKey(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export const HONORIFICS: ReadonlySet<string> = new Set([
  'bu',
  'ibu',
  'pak',
  'bapak',
  'bpk',
  'mas',
  'mbak',
  'kak',
]);

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

/** Between two numbers in one cell: "0812-1111-2222 / 021-7654321", "0812..., 0857...", "... atau ...". */
const PHONE_SEPARATORS = /[/,;|&\n]|\b(?:atau|dan|or)\b/i;

/** One number's digits in the international 62... form, or '' when it is no plausible number. */
function oneNumber(text: string): string {
  let digits = text.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  digits = digits.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = '62' + digits.slice(1);
  // A number cell loses the leading 0: 8123456789 is 0812-3456-789.
  else if (digits.startsWith('8')) digits = '62' + digits;
  return /^62\d{8,13}$/.test(digits) ? digits : '';
}

/** An Indonesian mobile number (62, then 8, then 8 to 11 digits): the only kind WhatsApp reaches. */
export function isMobile(key: string): boolean {
  return /^628\d{8,11}$/.test(key);
}

/**
 * Digits of a phone number in the international 62... form, or '' when the cell holds none. Of
 * two numbers in one cell the first mobile one is taken, else the first number (a landline).
 */
export function phoneKey(value: unknown): string {
  const text = String(value ?? '');
  const single = oneNumber(text);
  if ((single !== '' && isMobile(single)) || !PHONE_SEPARATORS.test(text)) return single;
  const numbers = text.split(PHONE_SEPARATORS).map(oneNumber).filter(Boolean);
  return numbers.find(isMobile) ?? numbers[0] ?? single;
}

/** A number kept as 62... written the way owners write it at home: 0217654321. */
export function localNumber(digits: string): string {
  return digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
}

export function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}
