/**
 * The rules of DOMAIN.md sections 2-8 and 10: each with a test that fails when the
 * rule breaks. Expected values are worked out by hand in the comments.
 */
import { customerTable, summaryTables } from '../../../src/core/report/reportSheets';
import { retentionLine } from '../../../src/core/report/summary';
import { retention } from '../../../src/core/engine';
import { creditLimitOf } from '../../../src/core/models/creditLimit';
import { followUps } from '../../../src/core/models/followUp';
import { retentionTable } from '../../../src/core/models/retention';
import { kontribusiPelangganBaru, SISA_HUTANG, customerFormula } from '../../../src/core/customerFormulas';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import { applySettingsText, settingsLines } from '../../../src/core/settingsText';
import { d, monthly, purchases, run, salesSheet, typeOf } from '../../support/build';

const REF = '2026-11-20';
const DEBTS = ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar'];
const get = (a: ReturnType<typeof run>, name: string) => {
  const c = a.byKey.get(a.nameKey(name));
  if (!c) throw new Error(`no customer ${name}`);
  return c;
};

describe('DOMAIN 2: a cycle needs three purchase days', () => {
  const sales = salesSheet([
    // One gap of 339 days is not a habit.
    ...purchases('Jauh', ['2025-12-01', '2026-11-05']),
    ...purchases('Rutin', ['2026-09-01', '2026-09-11', '2026-09-21', '2026-10-01']), // gaps 10, 10, 10
    ...purchases('Dua Puluh', ['2026-09-01', '2026-09-21', '2026-10-11']), // gaps 20, 20: exactly three days
  ]);
  const a = run({ sales }, REF);

  it('gives a customer with three purchase days their own cycle, the median gap', () => {
    expect(get(a, 'Dua Puluh').measures).toMatchObject({ cycleDays: 20, cycleFromData: true });
    expect(get(a, 'Rutin').measures).toMatchObject({ cycleDays: 10, cycleFromData: true });
  });

  it("gives everyone else the shop's usual cycle: the median of the own cycles, and says so", () => {
    // Own cycles 10 and 20: the shop's usual is 15; Jauh's next purchase 05/11 + 15 = 20/11.
    const jauh = get(a, 'Jauh');
    expect(jauh.measures).toMatchObject({
      cycleDays: 15,
      cycleFromData: false,
      nextPurchaseDay: d('2026-11-20'),
    });
    expect(jauh.status.reason).toContain('belum punya kebiasaan sendiri: pakai kebiasaan toko, tiap 15 hari');
    expect(get(a, 'Rutin').status.reason).toContain('biasanya belanja tiap 10 hari');
    expect(jauh.status.reason).not.toMatch(/median/);
  });

  it('falls back to siklusHari when no customer has a cycle of their own', () => {
    const b = run({ sales: salesSheet(purchases('Jauh', ['2025-12-01', '2026-11-05'])) }, REF, {
      siklusHari: 21,
    });
    expect(get(b, 'Jauh').measures).toMatchObject({ cycleDays: 21, cycleFromData: false });
  });
});

describe('DOMAIN 3: types', () => {
  it('classifies a customer whose only record is an open debt from before the window, never drops them', () => {
    // Window from 21/11/2025. Lama borrowed 01/06/2025, due 15/06/2025: 523 days past due.
    // Tempo borrowed 01/11/2025 with a long term, due 31/10/2026: 20 days past due.
    const debts = [
      DEBTS,
      ['2025-06-01', 'Lama', 50000, '2025-06-15', ''],
      ['2025-11-01', 'Tempo', 30000, '2026-10-31', ''],
    ];
    const a = run({ sales: salesSheet(purchases('Sri', ['2026-11-01'])), debts }, REF);
    expect(typeOf(a, 'Lama')).toBe('D');
    expect(get(a, 'Lama').measures.openDebts.map((o) => o.daysOverdue)).toEqual([523]);
    expect(get(a, 'Lama').reason).toMatch(/Rp 50\.000 lewat jatuh tempo 523 hari/);
    expect(typeOf(a, 'Tempo')).toBe('C');
    expect(get(a, 'Tempo').measures.outstanding).toBe(30000);
  });

  it('A at exactly 80 % of observed months without a referral column; the boundary is a setting', () => {
    // First purchase 05/02/2026: observed Feb..Nov = 10 months; active Feb..Sep = 8: 8/10 = 80 %.
    const sales = salesSheet(monthly('Delapan', '2026-02', 8));
    const a = run({ sales }, REF);
    expect(get(a, 'Delapan').measures).toMatchObject({ activeMonths: 8, observedMonths: 10 });
    expect(typeOf(a, 'Delapan')).toBe('A');
    expect(typeOf(run({ sales }, REF, { rasioLoyalTanpaReferensi: 0.81 }), 'Delapan')).toBe('B');
    expect(typeOf(run({ sales: salesSheet(monthly('Tujuh', '2026-02', 7)) }, REF), 'Tujuh')).toBe('B');
  });

  it('counts a repayment before the due date as on time, not as negative lateness', () => {
    // 130 days late and 10 days early: on average (130 + 0) / 2 = 65 > 60, D. Counting the early
    // payment as -10 would give 60, not past the limit.
    const debts = [
      DEBTS,
      ['2026-01-01', 'Cepat', 10000, '2026-01-15', '2026-05-25'],
      ['2026-03-01', 'Cepat', 10000, '2026-03-15', '2026-03-05'],
    ];
    const a = run({ sales: salesSheet(monthly('Cepat', '2026-01', 10)), debts }, REF);
    expect(get(a, 'Cepat').measures.avgDaysLate).toBe(65);
    expect(typeOf(a, 'Cepat')).toBe('D');
  });

  it("puts D's next step first: never Kembangkan, never Juara, never rewarded or reminded to buy", () => {
    // Besar: the biggest, most regular buyer, with a debt 100 days past due (due 12/08/2026).
    const sales = salesSheet([
      ...monthly('Besar', '2025-12', 12, 500000),
      ...purchases('Besar', ['2026-11-19'], 500000), // the most recent, most frequent, biggest: 555
      ...monthly('Kecil', '2025-12', 12, 10000),
      ...purchases('Jarang', ['2026-03-01'], 5000),
    ]);
    const customers = [
      ['Nama', 'No HP', 'Tanggal Lahir'],
      ['Besar', '0812 1111 2222', '1980-11-02'],
    ];
    const debts = [DEBTS, ['2026-07-29', 'Besar', 200000, '2026-08-12', '']];
    const a = run({ sales, debts, customers }, REF);
    const besar = get(a, 'Besar');
    expect(besar.type).toBe('D');
    expect(besar.matrix.quadrant).toBe('Tagih Hutang');
    expect(besar.rfm?.segment).toBe('Tagih Hutang');
    expect(besar.rfm?.score).toBe('555'); // the scores stay: it is the advice that changes
    expect(besar.action).toMatch(/tagih/i);
    const list = followUps(a);
    expect([...list.today, ...list.winBack].filter((f) => f.name === 'Besar').map((f) => f.kind)).toEqual([
      'hutang',
    ]);
    // Without the debt the same customer is Kembangkan and Juara: the override is D's alone.
    const clean = run({ sales, customers }, REF);
    expect(get(clean, 'Besar').matrix.quadrant).toBe('Kembangkan');
    expect(get(clean, 'Besar').rfm?.segment).toBe('Juara');
  });
});

describe('DOMAIN 4-6: new customers', () => {
  const sales = salesSheet([
    ...monthly('Rutin', '2025-12', 12, 50000),
    ...monthly('Rutin Dua', '2025-12', 12, 60000),
    ...purchases('Baru', ['2026-10-22'], 1000), // 29 days ago
    ...purchases('Sebulan', ['2026-10-21'], 1000), // 30 days ago
  ]);
  const a = run({ sales }, REF);

  it('puts a customer whose first occasion is within hariBaru days in "Baru", not a quadrant', () => {
    expect(get(a, 'Baru').matrix.quadrant).toBe('Baru');
    expect(get(a, 'Baru').matrix.reason).toContain('pertama belanja 29 hari lalu');
    // Day 30 is no longer new: low spend, not loyal, a quadrant.
    expect(get(a, 'Sebulan').matrix.quadrant).toBe('Putus');
    expect(get(run({ sales }, REF, { hariBaru: 31 }), 'Sebulan').matrix.quadrant).toBe('Baru');
  });

  it('is not new when the customer bought before the window', () => {
    const old = run({ sales: [...sales, ['2024-06-01', 'Baru', 1000, 'Tunai']] }, REF);
    expect(get(old, 'Baru').matrix.quadrant).not.toBe('Baru');
    expect(get(old, 'Baru').tags).not.toContain('Baru');
  });

  it('keeps a new customer Aktif and tagged Baru, whatever the shop cycle', () => {
    // Shop cycle 31 (the monthly customers): Baru's 29 days are under two cycles anyway; with a
    // shop of 10-day regulars they would be asleep by day 21 if new customers were not Aktif.
    const quick = run(
      {
        sales: salesSheet([
          ...purchases('Cepat', [
            '2026-10-01',
            '2026-10-11',
            '2026-10-21',
            '2026-10-31',
            '2026-11-10',
            '2026-11-20',
          ]),
          ...purchases('Baru', ['2026-10-22']),
        ]),
      },
      REF,
    );
    expect(get(quick, 'Baru').measures.cycleDays).toBe(10);
    expect(get(quick, 'Baru').status.status).toBe('Aktif');
    expect(get(quick, 'Baru').tags).toContain('Baru');
    expect(get(quick, 'Baru').matrix.quadrant).toBe('Baru');
  });

  it('lists every customer once in the matrix block, new and D included', () => {
    const debts = [DEBTS, ['2026-01-01', 'Rutin', 10000, '2026-01-15', '']];
    const b = run({ sales, debts }, REF);
    const [, , matrix] = summaryTables(b, retention(b, 'bulan'), { startedAt: '', seconds: 0, sheets: [] });
    const count = Object.fromEntries(matrix.rows.map((r) => [r[0], r[1]]));
    expect(count).toMatchObject({ Baru: 1, 'Tagih Hutang': 1 });
    expect(matrix.rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(4);
  });
});

describe('DOMAIN 7: the first period of the data is "awal data"', () => {
  const sales = salesSheet([
    ...purchases('a', ['2026-09-05', '2026-10-05']),
    ...purchases('b', ['2026-09-06']),
    ...purchases('c', ['2026-10-07']),
  ]);

  it('marks only the first period', () => {
    const a = run({ sales }, REF);
    const rows = retentionTable(a.events, 'bulan', d(REF));
    expect(rows.map((r) => [r.label, r.firstPeriod])).toEqual([
      ['Sep 2026', true],
      ['Okt 2026', false],
    ]);
  });

  it('shows "awal data" in the Ringkasan shares, the summary line and KONTRIBUSI_PELANGGAN_BARU', () => {
    const a = run({ sales }, '2026-09-30');
    const monthly = retention(a, 'bulan');
    const block = summaryTables(a, monthly, { startedAt: '', seconds: 0, sheets: [] }).find(
      (t) => t.columns[0]?.header === 'Periode',
    )!;
    expect(block.rows[0]).toEqual(['Sep 2026', 2, ...Array(8).fill('awal data')]);
    expect(retentionLine(monthly)).toBe(
      'Tingkat retensi Sep 2026: awal data (belum ada bulan sebelumnya untuk dibandingkan).',
    );
    const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2026, 10, 20)) };
    expect(kontribusiPelangganBaru(sales, 'bulan', '2026-09-30', env)).toBe('awal data');
    // October: a came back, c is new: 10.000 of 20.000 from new customers.
    expect(kontribusiPelangganBaru(sales, 'bulan', '2026-10-31', env)).toBe(0.5);
  });
});

describe('DOMAIN 8: credit limits', () => {
  it('is zero for D, the usual credit purchase for C, "belum pernah kredit" for A and B', () => {
    expect(creditLimitOf('D', [100], 0, DEFAULT_SETTINGS).limit).toBe(0);
    // Usual of 50.000, 70.000, 60.000: 60.000.
    expect(creditLimitOf('C', [50000, 70000, 60000], 0, DEFAULT_SETTINGS)).toMatchObject({ limit: 60000 });
    expect(creditLimitOf('C', [50000, 70000, 60000], 0, DEFAULT_SETTINGS).reason).not.toMatch(/median/);
    for (const type of ['A', 'B'] as const)
      expect(creditLimitOf(type, [], 0, DEFAULT_SETTINGS)).toEqual({
        limit: null,
        over: false,
        reason: 'belum pernah kredit',
      });
    expect(creditLimitOf('B', [], 0, { ...DEFAULT_SETTINGS, batasKreditB: 300_000 }).limit).toBe(300_000);
  });

  it('shows "belum pernah kredit" in the customer table and SISA_HUTANG, no amount', () => {
    const sales = salesSheet(monthly('Tunai', '2025-12', 12));
    const a = run({ sales }, REF);
    const table = customerTable(a);
    const col = table.columns.findIndex((c) => c.header === 'Batas Kredit');
    expect(table.rows[0][col]).toBe('belum pernah kredit');
    const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2026, 10, 20)) };
    expect(customerFormula(SISA_HUTANG, 'Tunai', sales, '', REF, 'batas', env)).toBe('belum pernah kredit');
  });
});

describe('DOMAIN 10: settings', () => {
  it('has the new defaults of DOMAIN.md and no invented credit limits or shop name', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      hariBaru: 30,
      maksHubungi: 15,
      jedaHubungiHari: 7,
      namaToko: '',
    });
    expect(DEFAULT_SETTINGS.batasKreditA).toBeUndefined();
    expect(DEFAULT_SETTINGS.batasKreditB).toBeUndefined();
  });

  it('refuses an unknown key, also inside nested settings, in Indonesian naming it', () => {
    expect(() => parseSettings({ tempoHri: 14 })).toThrow('Pengaturan tidak valid: "tempoHri" tidak dikenal');
    expect(() => parseSettings({ pesan: { hadia: 'x' } })).toThrow('"pesan.hadia" tidak dikenal');
    expect(() => parseSettings({ lembar: { jualan: 'x' } })).toThrow('"lembar.jualan" tidak dikenal');
    expect(() => parseSettings({ kolom: { penjualn: {} } })).toThrow('"kolom.penjualn" tidak dikenal');
    expect(() => parseSettings({ kolom: { penjualan: { tanggl: 'Tgl' } } })).toThrow(
      '"kolom.penjualan.tanggl" tidak dikenal',
    );
    expect(parseSettings({ kolom: { penjualan: { tanggal: 'Tgl' } } }).kolom.penjualan).toEqual({
      tanggal: 'Tgl',
    });
  });

  it('refuses out-of-range and wrong-kind values in Indonesian naming them', () => {
    expect(() => parseSettings({ maksHubungi: 0 })).toThrow('"maksHubungi" paling kecil 1');
    expect(() => parseSettings({ rasioLoyal: 2 })).toThrow('"rasioLoyal" paling besar 1');
    expect(() => parseSettings({ hariBaru: 1.5 })).toThrow('"hariBaru" harus bilangan bulat');
    expect(() => parseSettings({ hapusSapaan: 'ya' })).toThrow('"hapusSapaan" harus ya atau tidak');
    expect(() => parseSettings({ formatTanggal: 'YMD' })).toThrow(
      '"formatTanggal" harus salah satu dari: DMY, MDY',
    );
    expect(() => parseSettings({ tempoHari: 1.5 })).not.toThrow(/invalid|must/i);
  });

  it('lets the owner set an optional credit limit by text, and refuses a typo there too', () => {
    expect(settingsLines(DEFAULT_SETTINGS)).toEqual(
      expect.arrayContaining(['batasKreditA=', 'batasKreditB=']),
    );
    expect(applySettingsText({}, 'batasKreditA=2000000').settings.batasKreditA).toBe(2_000_000);
    expect(() => applySettingsText({}, 'batasKredit=1')).toThrow(/tidak dikenal/);
  });
});

describe('DOMAIN 1 and 7: a return dated before the first purchase', () => {
  it('starts nothing in the retention table and does not break it', () => {
    const ev = (key: string, iso: string, amount = 10000) => ({ key, day: d(iso), amount });
    const rows = retentionTable(
      [ev('a', '2025-01-05', -5000), ev('b', '2025-02-05'), ev('a', '2025-03-05')],
      'bulan',
      d('2025-03-31'),
    );
    // February is the first period (b's first purchase); a is new in March with 10.000.
    expect(
      rows.map((r) => [r.label, r.active, r.newCustomers, r.salesNew, r.salesExisting, r.firstPeriod]),
    ).toEqual([
      ['Feb 2025', 1, 1, 10000, 0, true],
      ['Mar 2025', 1, 1, 10000, 0, false],
    ]);
  });
});
