/** DOMAIN 8: a customer contacted recently is not listed again for 7 days, unless a debt moved to a later bucket. */
import {
  contactLogJson,
  followUpBucket,
  parseContactLog,
  withoutRecentContacts,
} from '../../../src/core/models/contactLog';
import type { ContactRecord, FollowUp } from '../../../src/core/models/followUp';

const REF = 20_000;
const key = (name: string) => name.toLowerCase();

function entry(name: string, kind: FollowUp['kind'], date: number | null = null): FollowUp {
  return {
    kind,
    name,
    type: 'C',
    why: '',
    amount: null,
    date,
    phone: '',
    link: '',
    message: '',
    priority: 0,
  };
}

function listed(list: FollowUp[], log: Record<string, ContactRecord>): string[] {
  return withoutRecentContacts(list, new Map(Object.entries(log)), REF, key).map((f) => f.name);
}

describe('withoutRecentContacts', () => {
  const list = [entry('Sri', 'beliLagi'), entry('Budi', 'hadiah'), entry('Wati', 'beliLagi')];

  it('leaves out whoever was contacted less than 7 days ago, and lists them again on the 7th day', () => {
    expect(listed(list, { sri: { day: REF - 6 } })).toEqual(['Budi', 'Wati']);
    expect(listed(list, { sri: { day: REF - 7 } })).toEqual(['Sri', 'Budi', 'Wati']);
    expect(listed(list, { sri: { day: REF }, budi: { day: REF - 1 } })).toEqual(['Wati']);
  });

  it('takes the gap from its argument (the jedaHubungiHari setting)', () => {
    expect(
      withoutRecentContacts(list, new Map([['sri', { day: REF - 10 }]]), REF, key, 14).map((f) => f.name),
    ).toEqual(['Budi', 'Wati']);
  });

  it('lists a debt again when it has moved to a later ageing bucket since the contact', () => {
    // Due 40 days before the reference date: 31-60 days late now.
    const debt = [entry('Joko', 'hutang', REF - 40)];
    expect(followUpBucket(debt[0], REF)).toBe('telat31_60');
    expect(listed(debt, { joko: { day: REF - 3, bucket: 'telat31_60' } })).toEqual([]);
    expect(listed(debt, { joko: { day: REF - 3, bucket: 'telat1_30' } })).toEqual(['Joko']);
  });

  it('keeps a debt not yet due in the first bucket', () => {
    expect(followUpBucket(entry('Joko', 'hutang', REF + 2), REF)).toBe('belumJatuhTempo');
    expect(followUpBucket(entry('Sri', 'beliLagi', REF - 2), REF)).toBeUndefined();
  });
});

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

  it('reads damaged or foreign JSON as no contacts, so nobody is hidden by mistake', () => {
    expect(parseContactLog('{not json').size).toBe(0);
    expect(parseContactLog(JSON.stringify({ sri: { day: 'kemarin' } })).size).toBe(0);
    expect(parseContactLog(null).size).toBe(0);
  });
});
