/** The encodings the command line reads (DOMAIN 1): each turned into the same UTF-8 text. */
import { asUtf8, encodingOf, startsAsUtf8 } from '../../src/cli/encoding';

const TEXT = 'Tanggal,Pelanggan,Total\n05/01/2025,Café Mawar,20000\n';
const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

describe('input encodings', () => {
  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect([encodingOf(le), utf8(asUtf8(le).bytes)]).toEqual(['utf-16le', TEXT]);
    expect([encodingOf(be), utf8(asUtf8(be).bytes)]).toEqual(['utf-16be', TEXT]);
  });

  it('reads Windows-1252 when the bytes are not valid UTF-8, and leaves UTF-8 as it is', () => {
    const cp1252 = Buffer.from(TEXT.replace('é', '\u0000'), 'latin1');
    cp1252[cp1252.indexOf(0)] = 0xe9;
    expect([encodingOf(cp1252), utf8(asUtf8(cp1252).bytes)]).toEqual(['windows-1252', TEXT]);
    // 0x80 is the euro sign in Windows-1252, not a control character.
    expect(utf8(asUtf8(Buffer.from([0x80, 0x20, 0x31])).bytes)).toBe('€ 1');
    const plain = Buffer.from(TEXT, 'utf8');
    expect(asUtf8(plain)).toEqual({ bytes: plain, encoding: 'utf-8' });
  });

  it('tells a UTF-8 top cut inside a character from a file in another encoding', () => {
    const bytes = Buffer.from(TEXT, 'utf8');
    const cut = bytes.subarray(0, bytes.indexOf(0xa9));
    expect(startsAsUtf8(cut)).toBe(true);
    expect(startsAsUtf8(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
    expect(startsAsUtf8(Buffer.from('Caf\u00e9 x', 'latin1'))).toBe(false);
  });
});
