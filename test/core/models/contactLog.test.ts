/** The "Sudah dihubungi" log as the sidebar stores it (the rule itself is tested with followUps). */
import { CONTACT_LOG_MAX_BYTES, contactLogJson, parseContactLog } from '../../../src/core/models/contactLog';
import type { ContactRecord } from '../../../src/core/models/followUpEntry';

const REF = 20_000;

describe('the stored log', () => {
  it('round-trips as JSON keyed by customer key, dropping records older than two months', () => {
    const log = new Map<string, ContactRecord>([
      ['sri', { day: REF - 2 }],
      ['joko', { day: REF - 1, bucket: 'telat1_30' }],
      ['lama', { day: REF - 100 }],
    ]);
    const json = contactLogJson(log, REF);
    expect(JSON.parse(json)).toEqual({ sri: { day: REF - 2 }, joko: { day: REF - 1, bucket: 'telat1_30' } });
    expect(parseContactLog(json).get('joko')).toEqual({ day: REF - 1, bucket: 'telat1_30' });
  });

  it('drops the oldest records first once the log would pass its byte cap', () => {
    // Each record "kNN":{"day":D} is 20 bytes with its comma; the braces 2 more.
    const log = new Map<string, ContactRecord>(
      Array.from({ length: 10 }, (_, i) => [`k${String(i).padStart(2, '0')}`, { day: REF - i }]),
    );
    const json = contactLogJson(log, REF, 2 + 4 * 20);
    expect(Object.keys(JSON.parse(json))).toEqual(['k00', 'k01', 'k02', 'k03']);
    expect(json.length).toBeLessThanOrEqual(2 + 4 * 20);
    expect(CONTACT_LOG_MAX_BYTES).toBe(64 * 1024);
  });

  it('reads damaged or foreign JSON as no contacts, so nobody is hidden by mistake', () => {
    expect(parseContactLog('{not json').size).toBe(0);
    expect(parseContactLog(JSON.stringify({ sri: { day: 'kemarin' } })).size).toBe(0);
    expect(parseContactLog(null).size).toBe(0);
  });
});
