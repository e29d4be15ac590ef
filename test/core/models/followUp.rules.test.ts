/**
 * DOMAIN 8 follow-up rules at their edges, each list built inside its test (Stryker activates a
 * mutant per test). Expected lists and texts are worked out by hand from the rules.
 */
import { followUps } from '../../../src/core/models/followUp';
import type { FollowUp } from '../../../src/core/models/followUpEntry';
import { d, monthly, purchases, run, salesSheet } from '../../support/build';

const REF = '2026-11-20';
const names = (entries: FollowUp[]) => entries.map((f) => f.name);
const everyone = (list: ReturnType<typeof followUps>) =>
  [...list.today, ...list.winBack, ...list.noNumber].map((f) => [f.name, f.kind]);

describe('the "Terakhir Dihubungi" column and the contact log together', () => {
  // Each owes 10.000 from a credit sale of 1/10, due 15/10: 36 days late today.
  const names5 = ['Hari Ini', 'Besok', 'Lama', 'Log Baru', 'Kolom Baru'];
  const sales = salesSheet(names5.flatMap((n) => purchases(n, ['2026-10-01'], 10000, 'Kasbon')));
  const column: Record<string, string> = {
    'Hari Ini': '20/11/2026', // contacted today: rests
    Besok: '21/11/2026', // a date after the reference day is not a contact: listed
    Lama: '01/11/2026', // 19 days ago: listed
    'Log Baru': '01/11/2026', // the log's 18/11 is later: rests
    'Kolom Baru': '18/11/2026', // later than the log's 1/11: rests
  };
  const customers = [
    ['Nama', 'No HP', 'Terakhir Dihubungi'],
    ...names5.map((n, i) => [n, `0812 0000 000${i}`, column[n]]),
  ];
  const a = run({ sales, customers }, REF);

  it('takes the later of the two, ignores future dates, rests a customer contacted today', () => {
    const log = new Map([
      [a.nameKey('Log Baru'), { day: d('2026-11-18') }],
      [a.nameKey('Kolom Baru'), { day: d('2026-11-01') }],
    ]);
    expect(names(followUps(a, log).today)).toEqual(['Besok', 'Lama']);
  });
});

describe('once a month for rewards and win-back', () => {
  // Setia buys on the 5th of every month for a year: an A customer (every month active).
  const a = run({ sales: salesSheet(monthly('Setia', '2025-12', 12)) }, REF);
  const contacted = (day: string) => new Map([[a.nameKey('Setia'), { day: d(day) }]]);

  it('rewards again 30 days after the last contact, not 29', () => {
    expect(everyone(followUps(a, contacted('2026-10-21')))).toEqual([['Setia', 'hadiah']]);
    expect(everyone(followUps(a, contacted('2026-10-22')))).toEqual([]);
    expect(everyone(followUps(a, contacted('2026-06-01')))).toEqual([['Setia', 'hadiah']]);
  });
});

describe('the order within a kind', () => {
  it('puts the larger spend first among rewards and among win-backs', () => {
    const sales = salesSheet([
      ...monthly('Ani', '2025-12', 12, 10000),
      ...monthly('Budi', '2025-12', 12, 20000),
      // Asleep: a 10-day habit, last purchase 21/6 (152 days ago, more than twice the cycle).
      ...purchases('Cici', ['2026-06-01', '2026-06-11', '2026-06-21'], 10000),
      ...purchases('Dodi', ['2026-06-01', '2026-06-11', '2026-06-21'], 20000),
    ]);
    // Without numbers, all four are listed apart, in the order of need and, within a kind, by spend.
    const list = followUps(run({ sales }, REF));
    expect(list.noNumber.map((f) => [f.name, f.kind, f.amount])).toEqual([
      ['Dodi', 'ajakKembali', 60000],
      ['Cici', 'ajakKembali', 30000],
      ['Budi', 'hadiah', 240000],
      ['Ani', 'hadiah', 120000],
    ]);
  });
});

describe('debt reminders with several overdue debts', () => {
  const debts = [
    ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar'],
    ['2026-09-01', 'Budi', 10000, '2026-11-10', ''], // 10 days late
    ['2026-09-05', 'Budi', 20000, '2026-09-20', ''], // 61 days late
    ['2026-09-10', 'Budi', 30000, '2026-10-31', ''], // 20 days late
    ['2026-11-01', 'Ani', 300000, '2026-11-15', ''], // 5 days late
  ];
  const sales = salesSheet(purchases('Ani', ['2026-11-01']).concat(purchases('Budi', ['2026-09-01'])));

  it('sums what is owed, names the latest due date, and ranks by amount × days late', () => {
    const customers = [
      ['Nama', 'No HP'],
      ['Ani', '0812 1000 0001'],
      ['Budi', '0812 1000 0002'],
    ];
    const list = followUps(run({ sales, debts, customers }, REF));
    // Budi: 10.000×10 + 20.000×61 + 30.000×20 = 1.920.000; Ani: 300.000×5 = 1.500.000.
    expect(list.today.map((f) => [f.name, f.amount, f.date, f.bucket, f.why])).toEqual([
      ['Budi', 60000, d('2026-09-20'), 'telat61_90', 'hutang Rp 60.000, lewat 61 hari dari jatuh tempo'],
      ['Ani', 300000, d('2026-11-15'), 'telat1_30', 'hutang Rp 300.000, lewat 5 hari dari jatuh tempo'],
    ]);
  });

  it('lists at most maksHubungi without a number too, and counts the rest', () => {
    const list = followUps(run({ sales, debts }, REF, { maksHubungi: 1 }));
    expect(list.today).toEqual([]);
    expect(names(list.noNumber)).toEqual(['Budi']);
    expect(list.moreNoNumber).toBe(1);
    expect(list.more).toBe(0);
  });
});

describe('thank-you and repurchase reminders at their edges', () => {
  const sales = salesSheet([
    ...purchases('Tiga Hari', ['2026-11-17']), // age 3 = hariTerimaKasih: due today
    ...purchases('Dua Hari', ['2026-11-18']), // not yet
    ...purchases('Sembilan Hari', ['2026-11-11']), // last day of the week it stays open
    ...purchases('Sepuluh Hari', ['2026-11-10']), // too late
    ...purchases('Lama', ['2025-10-01', '2026-11-17']), // bought before the window: no first purchase
    ...purchases('Lewat', ['2026-10-20', '2026-10-30', '2026-11-09']), // next 19/11: passed
    ...purchases('Pas', ['2026-10-21', '2026-10-31', '2026-11-10']), // next 20/11: today, not passed
    ...purchases('Dua Kali', ['2026-11-01', '2026-11-05']), // no habit of their own
  ]);
  const customers = [
    ['Nama', 'No HP'],
    ...['Tiga Hari', 'Dua Hari', 'Sembilan Hari', 'Sepuluh Hari', 'Lama', 'Lewat', 'Pas', 'Dua Kali'].map(
      (n, i) => [n, `0812 2000 000${i}`],
    ),
  ];

  it('thanks first buyers from hariTerimaKasih days for a week; reminds regulars once their day has passed', () => {
    const list = followUps(run({ sales, customers }, REF));
    expect(list.today.map((f) => [f.name, f.kind, f.why])).toEqual([
      ['Tiga Hari', 'terimaKasih', 'pertama kali belanja 17/11/2026'],
      ['Sembilan Hari', 'terimaKasih', 'pertama kali belanja 11/11/2026'],
      ['Lewat', 'beliLagi', 'biasanya belanja tiap 10 hari, terakhir 09/11/2026'],
      // Pas is an A customer (three purchases, every observed month): rewarded, not reminded.
      ['Pas', 'hadiah', 'pelanggan A: 3 kali belanja, Rp 30.000'],
    ]);
    expect(list.winBack).toEqual([]);
  });
});

describe('birthdays', () => {
  const sales = salesSheet(purchases('Sri', ['2027-01-02']));
  const customers = [
    ['Nama', 'No HP', 'Tanggal Lahir'],
    ['Sri', '0812 3000 0001', ''],
    ['Calon Januari', '0812 3000 0002', '1990-01-07'],
    ['Calon Maret', '0812 3000 0003', '1990-03-07'],
    ['Calon Tanpa', '0812 3000 0004', ''],
    ['Calon Dihubungi', '0812 3000 0005', '1991-01-20'],
  ];

  it("lists this month's birthdays as DD/MM, nobody without a date, a rested prospect waits", () => {
    const a = run({ sales, customers }, '2027-01-15');
    const log = new Map([[a.nameKey('Calon Dihubungi'), { day: d('2027-01-13') }]]);
    const list = followUps(a, log);
    expect(list.today.map((f) => [f.name, f.kind, f.why])).toEqual([
      ['Calon Januari', 'ulangTahun', 'ulang tahun 07/01'],
    ]);
  });
});

describe('the first maksHubungi in list order', () => {
  // Gone for months (ajakKembali, biggest spender first); names break ties of equal spend.
  const spend: Record<string, number> = { Wati: 30000, Dodi: 50000, Ani: 30000, Cici: 30000, Budi: 30000 };
  const sales = salesSheet(
    Object.entries(spend).flatMap(([n, amount]) => purchases(n, ['2026-02-01'], amount)),
  );
  const customers = [['Nama', 'No HP'], ...Object.keys(spend).map((n, i) => [n, `0812 3000 000${i}`])];

  it('takes the biggest spender, then equal spenders by name, whatever their order in the sheet', () => {
    const list = followUps(run({ sales, customers }, REF, { maksHubungi: 3 }));
    expect(names(list.winBack)).toEqual(['Dodi', 'Ani', 'Budi']);
    expect(list.more).toBe(2);
    const all = followUps(run({ sales, customers }, REF, { maksHubungi: 10 }));
    expect(names(all.winBack)).toEqual(['Dodi', 'Ani', 'Budi', 'Cici', 'Wati']);
  });
});
