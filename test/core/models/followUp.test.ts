/** DOMAIN 7 cohorts and repeat rate, DOMAIN 8 follow-up: each rule with a test. */
import { cohortGrid, cohortTable, repeatPurchaseRate } from '../../../src/core/models/cohorts';
import { fillTemplate } from '../../../src/core/models/followUpDrafts';
import { contactsToday, followUps } from '../../../src/core/models/followUp';
import type { ContactRecord, FollowUp } from '../../../src/core/models/followUpEntry';
import type { AgeBucket } from '../../../src/core/measure/debts';
import { followUpTable } from '../../../src/core/report/followUpTable';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { d, monthly, purchases, run, salesSheet } from '../../support/build';

const REF = '2026-11-20';

describe('cohorts by first-purchase month', () => {
  const sales = salesSheet([
    ...purchases('Sri', ['2026-09-03', '2026-10-03', '2026-11-03']),
    ...purchases('Joko', ['2026-09-10', '2026-09-20', '2026-11-10']),
    ...purchases('Ani', ['2026-10-15']),
    ['2026-10-20', 'Ani', -5000, 'Tunai'],
  ]);
  const a = run({ sales }, REF);

  it('counts each customer once per month in the cohort of their first purchase', () => {
    const rows = cohortTable(a.events, d(REF));
    expect(rows.map((r) => [r.label, r.size, r.shares])).toEqual([
      ['Sep 2026', 2, [1, 0.5, 1]],
      ['Okt 2026', 1, [1, 0]],
    ]);
    expect(cohortGrid(rows)).toEqual([
      ['Kohort', 'Pelanggan', 'Bulan 0', 'Bulan 1', 'Bulan 2'],
      ['Sep 2026', 2, 1, 0.5, 1],
      ['Okt 2026', 1, 1, 0, ''],
    ]);
  });

  it('leaves out purchases after the reference date, whatever the order of the events', () => {
    const ev = (key: string, iso: string) => ({ key, day: d(iso), amount: 10000 });
    const rows = cohortTable(
      [
        ev('sri', '2026-10-05'),
        ev('sri', '2026-09-05'),
        ev('budi', '2026-11-25'), // after the reference date
        ev('budi', '2026-11-02'),
        ev('sri', '2026-11-30'), // after the reference date: Sri did not buy in November
      ],
      d(REF),
    );
    expect(rows.map((r) => [r.label, r.size, r.shares])).toEqual([
      ['Sep 2026', 1, [1, 1, 0]],
      ['Nov 2026', 1, [1]],
    ]);
    expect(cohortTable([ev('sri', '2026-12-01')], d(REF))).toEqual([]);
  });

  it('gives the share of buyers with two or more occasions', () => {
    expect(repeatPurchaseRate(a.customers.map((c) => c.measures))).toBeCloseTo(2 / 3, 10);
    expect(repeatPurchaseRate([])).toBeNull();
  });
});

describe('who to contact today (DOMAIN 8)', () => {
  const sales = salesSheet([
    ...monthly('Setia', '2025-12', 12),
    ...purchases('Rutin', ['2026-10-01', '2026-10-11', '2026-10-21', '2026-10-31']),
    ...purchases('Dua', ['2026-10-01', '2026-10-21']),
    ...purchases('Tidur', ['2026-06-01', '2026-06-11', '2026-06-21']),
    ...purchases('Lambat', ['2026-09-01', '2026-09-11', '2026-09-21', '2026-10-01']),
    ...purchases('Macet', ['2026-05-01'], 10000, 'Kasbon'),
    ...purchases('Keluh', ['2026-11-10']),
    ...purchases('Keluh Dijawab', ['2026-11-10']),
    ...purchases('Pemula', ['2026-11-16']),
    ...purchases('Kemarin', ['2026-11-19']),
  ]);
  const debts = [
    ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar'],
    ['2026-05-01', 'Macet', 10000, '2026-05-15', ''],
    ['2026-10-01', 'Besar', 100000, '2026-10-21', ''],
    ['2026-10-01', 'Telat', 50000, '2026-10-31', ''],
    ['2026-11-10', 'Hampir', 75000, '2026-11-22', ''],
    // Repaid 90 days late on average: D, with no open debt left.
    ['2026-01-01', 'Lambat', 20000, '2026-01-15', '2026-04-15'],
  ];
  const customers = [
    ['Nama', 'No HP', 'Tanggal Lahir', 'Komplain', 'Terakhir Dihubungi'],
    ['Setia', '0812 1111 2222', '1980-11-02', '', ''],
    ['Rutin', '0812 1111 3333', '', '', ''],
    ['Dua', '0812 1111 4444', '', '', ''],
    ['Tidur', '0812 1111 5555', '', '', ''],
    ['Lambat', '0812 1111 6666', '1975-11-25', '', ''],
    ['Macet', '0812 1111 7777', '1970-11-11', '', ''],
    ['Besar', '0812 1111 8888', '', '', ''],
    ['Telat', '12345', '', '', ''],
    ['Hampir', '0813-3333-4444', '', '', ''],
    ['Keluh', '0812 2222 1111', '', 'barang rusak', ''],
    ['Keluh Dijawab', '0812 2222 2222', '', 'barang rusak, sudah dijawab', ''],
    ['Pemula', '0812 2222 3333', '', '', ''],
    ['Kemarin', '0812 2222 4444', '', '', ''],
    ['Calon', '0814 5555 6666', '1990-11-30', '', ''],
  ];
  const a = run({ sales, debts, customers }, REF, { namaToko: 'Warung Sari' });
  // Listed inside each test: Stryker activates a mutant per test, after describe bodies have run.
  const names = (entries: FollowUp[]) => entries.map((f) => [f.name, f.kind]);

  it('lists one entry per customer in the order of need, win-back apart, no number apart', () => {
    const list = followUps(a);
    expect(names(list.today)).toEqual([
      // Largest amount × days late first: 100.000 × 30 before 10.000 × 189.
      ['Besar', 'hutang'],
      ['Macet', 'hutang'],
      ['Keluh', 'komplain'],
      ['Pemula', 'terimaKasih'],
      ['Rutin', 'beliLagi'],
      ['Setia', 'hadiah'],
      ['Calon', 'ulangTahun'],
    ]);
    // Own cycles: Setia 31, Rutin, Tidur and Lambat 10 days: the shop's usual is 10, so Dua (one gap,
    // no habit of their own) is asleep after 30 days. Win-back: largest spend first.
    expect(names(list.winBack)).toEqual([
      ['Tidur', 'ajakKembali'],
      ['Dua', 'ajakKembali'],
    ]);
    expect(names(list.noNumber)).toEqual([['Telat', 'hutang']]);
    // Seven today, two to win back, and Telat in person: all ten are today's work (DOMAIN 8).
    expect([list.more, list.moreNoNumber, contactsToday(list)]).toEqual([0, 0, 10]);
  });

  it('leaves out what is not due: debts not yet overdue, answered complaints, day-old buyers', () => {
    const list = followUps(a);
    const all = [...list.today, ...list.winBack, ...list.noNumber].map((f) => f.name);
    // Hampir's debt is due in two days; Kemarin bought yesterday, before the thank-you is due
    // (hariTerimaKasih = 3); Dua's one gap is no habit, so no repurchase reminder (only win-back).
    for (const name of ['Hampir', 'Keluh Dijawab', 'Kemarin']) expect(all).not.toContain(name);
    expect(all.filter((f) => f === 'Dua')).toHaveLength(1);
    expect(list.winBack.find((f) => f.name === 'Dua')?.kind).toBe('ajakKembali');
  });

  it('never tells a D customer to buy again, come back or celebrate: only the debt', () => {
    const list = followUps(a);
    const all = [...list.today, ...list.winBack, ...list.noNumber];
    // Lambat is D by late repayments: overdue by cycle, asleep, birthday this month, yet not listed.
    expect(all.filter((f) => f.name === 'Lambat')).toEqual([]);
    // Macet (D) has a birthday this month too: the one entry is the debt.
    expect(all.filter((f) => f.name === 'Macet').map((f) => f.kind)).toEqual(['hutang']);
  });

  it('keeps at most maksHubungi a day and counts the rest below', () => {
    const short = followUps(run({ sales, debts, customers }, REF, { maksHubungi: 3 }));
    expect(names(short.today)).toEqual([
      ['Besar', 'hutang'],
      ['Macet', 'hutang'],
      ['Keluh', 'komplain'],
    ]);
    expect(short.winBack).toEqual([]);
    expect(short.more).toBe(6);
    const table = followUpTable(short);
    expect(table.rows[table.rows.length - 2][0]).toBe('dan 6 lainnya menunggu giliran hari berikutnya');
    expect(table.rows[table.rows.length - 1].slice(0, 3)).toEqual(['Telat', 'C', 'Tagih hutang']);
  });

  it('rests a customer contacted within jedaHubungiHari days unless the debt moved to a later bucket', () => {
    const list = followUps(a);
    const at = (day: string, bucket?: AgeBucket): ContactRecord => ({ day: d(day), bucket });
    const key = (name: string) => a.nameKey(name);
    const rested = followUps(
      a,
      new Map([
        [key('Besar'), at('2026-11-18', 'telat1_30')], // same bucket two days later: rests
        [key('Macet'), at('2026-11-15', 'telat61_90')], // now past 90 days: listed again
        [key('Rutin'), at('2026-11-13')], // exactly seven days ago: listed again
        [key('Pemula'), at('2026-11-14')], // six days ago: rests
        [key('Setia'), at('2026-11-01')], // rewarded 19 days ago: no reward this month, birthday instead
        [key('Tidur'), at('2026-11-05')], // asked to come back 15 days ago: once a month at most
      ]),
    );
    expect(names(rested.today)).toEqual([
      ['Macet', 'hutang'],
      ['Keluh', 'komplain'],
      ['Rutin', 'beliLagi'],
      ['Setia', 'ulangTahun'],
      ['Calon', 'ulangTahun'],
    ]);
    expect(names(rested.winBack)).toEqual([['Dua', 'ajakKembali']]);
    expect(list.today.find((f) => f.name === 'Besar')?.bucket).toBe('telat1_30');
    expect(list.today.find((f) => f.name === 'Rutin')?.bucket).toBeNull();
  });

  it('reads the owner\'s "Terakhir Dihubungi" column as a contact', () => {
    const typed = customers.map((row) => (row[0] === 'Keluh' ? [...row.slice(0, 4), '17/11/2026'] : row));
    const b = run({ sales, debts, customers: typed }, REF);
    expect(followUps(b).today.map((f) => f.name)).not.toContain('Keluh');
    expect(b.sheets.customers?.records.find((r) => r.name === 'Keluh')?.lastContacted).toBe(d('2026-11-17'));
  });

  it('escalates the reminder wording with the ageing bucket and says days late and amount', () => {
    const list = followUps(a);
    const [besar, macet] = list.today;
    expect(macet.message).toMatch(/lebih dari 90 hari.*hentikan/);
    expect(besar.message).toMatch(/sudah lewat 30 hari.*Mohon dibayar/);
    expect(besar.why).toBe('hutang Rp 100.000, lewat 30 hari dari jatuh tempo');
    expect([besar.amount, besar.date]).toEqual([100000, d('2026-10-21')]);
  });

  it('links WhatsApp with the message for valid numbers and never guesses an invalid one', () => {
    const list = followUps(a);
    const besar = list.today[0];
    expect(besar.link).toMatch(/^https:\/\/wa\.me\/6281211118888\?text=Halo%20Besar/);
    const telat = list.noNumber[0];
    expect(telat.link).toBe('');
    expect(a.issues.map((i) => [i.sheet, i.row, i.column])).toContainEqual(['Pelanggan', 9, 'No HP']);
  });

  it("uses the owner's edited templates and shop name", () => {
    const list = followUps(a);
    expect(list.today.find((f) => f.kind === 'hadiah')?.message).toContain('belanja di Warung Sari');
    const edited = run({ sales, debts, customers }, REF, { pesan: { hadiah: 'Makasih {nama}!' } });
    expect(followUps(edited).today.find((f) => f.kind === 'hadiah')?.message).toBe('Makasih Setia!');
    expect(fillTemplate('{nama} {x}', { nama: 'Sri' })).toBe('Sri {x}');
  });

  it('reads well without a shop name: no "di kami", nothing left dangling', () => {
    expect(DEFAULT_SETTINGS.namaToko).toBe('');
    const plain = followUps(run({ sales, debts, customers }, REF));
    const messages = [...plain.today, ...plain.winBack, ...plain.noNumber].map((f) => f.message);
    expect(messages).toHaveLength(10);
    for (const m of messages) expect(m).not.toMatch(/di kami|\[|\]|\{|\s{2}|Salam,|dari \./);
    expect(plain.today.find((f) => f.kind === 'hadiah')?.message).toBe(
      'Terima kasih Setia sudah setia belanja (Rp 120.000 setahun ini). Sebagai tanda terima kasih, belanja berikutnya ada diskon khusus untuk Anda.',
    );
    expect(fillTemplate('Halo[ dari {toko}].', { toko: '' })).toBe('Halo.');
    expect(fillTemplate('Halo[ dari {toko}].', { toko: 'Warung' })).toBe('Halo dari Warung.');
    expect(fillTemplate('[catatan] ok', {})).toBe('[catatan] ok');
  });
});
