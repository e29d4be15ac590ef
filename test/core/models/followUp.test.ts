/** DOMAIN 7 cohorts and repeat rate, DOMAIN 8 follow-up: each rule with a test. */
import { cohortGrid, cohortTable, repeatPurchaseRate } from '../../../src/core/models/cohorts';
import { fillTemplate, followUps } from '../../../src/core/models/followUp';
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

  it('gives the share of buyers with two or more occasions', () => {
    expect(repeatPurchaseRate(a.customers.map((c) => c.measures))).toBeCloseTo(2 / 3, 10);
    expect(repeatPurchaseRate([])).toBeNull();
  });
});

describe('who to contact today', () => {
  const sales = salesSheet([
    ...monthly('Setia', '2025-12', 12),
    ...purchases('Rutin', ['2026-09-01', '2026-09-11', '2026-09-21', '2026-10-01']),
    ...purchases('Macet', ['2026-05-01'], 10000, 'Kasbon'),
  ]);
  const debts = [
    ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar'],
    ['2026-05-01', 'Macet', 10000, '2026-05-15', ''],
    ['2026-11-10', 'Hampir', 75000, '2026-11-22', ''],
    ['2026-10-01', 'Telat', 50000, '2026-10-31', ''],
  ];
  const customers = [
    ['Nama', 'No HP', 'Tanggal Lahir'],
    ['Setia', '0812 1111 2222', '1980-11-02'],
    ['Hampir', '0813-3333-4444', ''],
    ['Telat', '12345', ''],
    ['Calon', '0814 5555 6666', '1990-11-30'],
  ];
  const a = run({ sales, debts, customers }, REF, { namaToko: 'Warung Sari' });
  const list = followUps(a);
  const of = (name: string) => list.filter((f) => f.name === name).map((f) => f.kind);

  it('lists debts overdue or due within three days first, the oldest bucket first', () => {
    expect(list.slice(0, 3).map((f) => [f.name, f.kind])).toEqual([
      ['Macet', 'hutang'],
      ['Telat', 'hutang'],
      ['Hampir', 'hutang'],
    ]);
  });

  it('escalates the reminder wording with the ageing bucket', () => {
    const [macet, telat, hampir] = list;
    expect(macet.message).toMatch(/lebih dari 90 hari.*hentikan/);
    expect(telat.message).toMatch(/sudah lewat 20 hari.*Mohon dibayar/);
    expect(hampir.message).toMatch(
      /^Halo Hampir, mengingatkan dengan hormat: hutang Rp 75.000 jatuh tempo 22\/11\/2026/,
    );
  });

  it('reminds cycle-overdue customers, greets birthdays this month, rewards A', () => {
    expect(of('Rutin')).toEqual(['beliLagi']);
    expect(of('Setia')).toEqual(expect.arrayContaining(['ulangTahun', 'hadiah']));
    expect(of('Calon')).toEqual(['ulangTahun']);
    // D is asked to pay, never pressed to buy again.
    expect(of('Macet')).toEqual(['hutang']);
  });

  it('links WhatsApp with the message for valid numbers and never guesses an invalid one', () => {
    const hampir = list.find((f) => f.name === 'Hampir');
    expect(hampir?.link).toMatch(/^https:\/\/wa\.me\/6281333334444\?text=Halo%20Hampir/);
    const telat = list.find((f) => f.name === 'Telat');
    expect(telat?.link).toBe('');
    expect(telat?.why).toMatch(/tidak valid/);
    expect(a.issues.map((i) => [i.sheet, i.row, i.column])).toContainEqual(['Pelanggan', 4, 'No HP']);
  });

  it("uses the owner's edited templates and shop name", () => {
    expect(list.find((f) => f.kind === 'hadiah')?.message).toContain('Warung Sari');
    const edited = run({ sales, debts, customers }, REF, { pesan: { hadiah: 'Makasih {nama}!' } });
    expect(followUps(edited).find((f) => f.kind === 'hadiah')?.message).toBe('Makasih Setia!');
    expect(fillTemplate('{nama} {x}', { nama: 'Sri' })).toBe('Sri {x}');
  });
});
