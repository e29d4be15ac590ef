/**
 * The text encodings of files owners give the command line (DOMAIN 1): UTF-8 with or without a
 * byte-order mark, UTF-16 with one (Excel's "Unicode text"), and Windows-1252 (Excel's "CSV" on
 * an older Windows) when the bytes are not valid UTF-8. Anything but UTF-8 is turned into UTF-8
 * bytes once, so the reader downstream has one encoding to know.
 */
import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * Whether the first bytes of a file (a top read on its own, maybe cut inside a character) are
 * UTF-8: its last three bytes may be a character cut short.
 */
export function startsAsUtf8(top: Uint8Array): boolean {
  const bom = top[0] === 0xff ? top[1] === 0xfe : top[0] === 0xfe && top[1] === 0xff;
  if (bom) return false;
  return isUtf8(top.subarray(0, top.length - cutCharacter(top)));
}

/** How many bytes at the end start a UTF-8 character that the cut left unfinished (0 to 3). */
function cutCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return needs > back ? back : 0;
    }
  }
  return 0;
}

/** Windows-1252's characters at 0x80..0x9F (Latin-1 has control codes there); 0 where it has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function windows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const code = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return code ? String.fromCharCode(code) : c;
  });
}

/** The file's text as UTF-8 bytes (the same bytes when they are UTF-8 already), and what it was. */
export function asUtf8(bytes: Uint8Array): { bytes: Uint8Array; encoding: Encoding } {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8') return { bytes, encoding };
  let text: string;
  if (encoding === 'windows-1252') text = windows1252(bytes);
  else {
    const units = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    if (encoding === 'utf-16be') units.swap16();
    text = units.toString('utf16le');
  }
  return { bytes: Buffer.from(text, 'utf8'), encoding };
}
