/**
 * Where Nilai Pelanggan is used (DOMAIN 9b with 8): the credit limit suggested for C never above
 * their expected spend over the credit term; among "ajak kembali" customers the more valuable
 * first; the Ringkasan's value per type. The credit rule's expectations are written by hand.
 */
import { capCredit, type CreditLimit } from '../../../src/core/models/creditLimit';
import { followUps } from '../../../src/core/models/followUp';
import { predictionFor } from '../../../src/core/models/prediction';
import { creditFor, worthFor } from '../../../src/core/models/valuePrediction';
import { panelSummary } from '../../../src/core/report/panelSummary';
import { summaryTables } from '../../../src/core/report/reportSheets';
import { retention } from '../../../src/core/engine';
import { summaryText } from '../../../src/core/report/summary';
import { customerTable } from '../../../src/core/report/reportSheets';
import { purchases, run, salesSheet } from '../../support/build';
import { gammaGammaSpend, irregularShop } from '../../support/randomShop';

const REF = '2026-11-20';
const RUN = { startedAt: '20/11/2026 12.00', seconds: 1, sheets: [] };
const usual: CreditLimit = {
  limit: 500_000,
  reason: 'tipe C: sekitar hutang biasanya (dari 3 kali hutang)',
  over: false,
};

describe('the credit limit of C, capped at the expected spend over the credit term (by hand)', () => {
  it('lowers 500.000 to 120.000 when 0,4 purchases in 14 days of 300.001 are expected', () => {
    expect(capCredit('C', usual, 0.4 * 300_001, 0, 14)).toEqual({
      limit: 120_000,
      over: false,
      reason:
        'tipe C: perkiraan belanjanya selama 14 hari tempo (Rp 120.000), lebih kecil dari hutang biasanya',
    });
  });

  it('warns when the open debt is above the lowered limit', () => {
    expect(capCredit('C', usual, 120_000, 300_000, 14)).toEqual({
      limit: 120_000,
      over: true,
      reason:
        'tipe C: perkiraan belanjanya selama 14 hari tempo (Rp 120.000), lebih kecil dari hutang biasanya; ' +
        'PERINGATAN: sisa hutang Rp 300.000 melebihi batas Rp 120.000',
    });
  });

  it('leaves the usual limit when the expected spend is as large or larger', () => {
    expect(capCredit('C', usual, 500_000, 0, 14)).toBe(usual);
    expect(capCredit('C', usual, 750_000, 0, 14)).toBe(usual);
  });

  it('leaves it without a model, and for every type but C', () => {
    expect(capCredit('C', usual, null, 0, 14)).toBe(usual);
    const d: CreditLimit = { limit: 0, reason: 'tipe D: jangan beri hutang baru', over: false };
    expect(capCredit('D', d, 10, 0, 14)).toBe(d);
    const b: CreditLimit = {
      limit: 1_000_000,
      reason: 'tipe B: batas dari pengaturan batasKreditB',
      over: false,
    };
    expect(capCredit('B', b, 10, 0, 14)).toBe(b);
  });
});

/** 60 customers whose spend follows the model, and two who bought on credit this month. */
function creditShop(settings = {}) {
  const sales = irregularShop(60, undefined, gammaGammaSpend());
  const credit = salesSheet([
    ...purchases('Kredit Besar', ['2026-02-01', '2026-06-01'], 40_000),
    ...purchases('Kredit Besar', ['2026-11-01'], 5_000_000, 'Kasbon'),
    ...purchases('Kredit Kecil', ['2026-03-01', '2026-07-01', '2026-10-01'], 30_000),
    ...purchases('Kredit Kecil', ['2026-11-10'], 1_000, 'Kasbon'),
  ]).slice(1);
  return run({ sales: [...sales, ...credit] }, REF, settings);
}

describe('the cap in the product', () => {
  const a = creditShop();
  const big = a.byKey.get(a.nameKey('Kredit Besar'))!;
  const small = a.byKey.get(a.nameKey('Kredit Kecil'))!;

  it('caps a C whose usual credit purchase is far above 14 days of expected spend', () => {
    expect(big.type).toBe('C');
    expect(big.credit.limit).toBe(5_000_000);
    const purchases14 = predictionFor(a, 14).byKey.get(big.measures.key)!.expected!;
    const spend = worthFor(a).byKey.get(big.measures.key)!.spend;
    const capped = creditFor(big, a);
    expect(capped.limit).toBe(Math.round(purchases14 * spend));
    expect(capped.limit!).toBeLessThan(5_000_000);
    // 5.000.000 is still owed: above the lowered limit.
    expect(capped.over).toBe(true);
    const table = customerTable(a);
    const col = (h: string) => table.columns.findIndex((c) => c.header === h);
    const row = table.rows.find((r) => r[0] === 'Kredit Besar')!;
    expect(row[col('Batas Kredit')]).toBe(capped.limit);
    expect(row[col('Peringatan Kredit')]).toBe(capped.reason);
  });

  it('leaves a small usual credit purchase as it is', () => {
    expect(small.type).toBe('C');
    expect(creditFor(small, a)).toBe(small.credit);
  });

  it('follows tempoHari: a longer term expects more purchases and allows more', () => {
    const longer = creditShop({ tempoHari: 60 });
    const c = longer.byKey.get(longer.nameKey('Kredit Besar'))!;
    expect(creditFor(c, longer).limit!).toBeGreaterThan(creditFor(big, a).limit!);
  });

  it('leaves every limit unchanged without the spend model', () => {
    const few = run(
      {
        sales: salesSheet([
          ...purchases('Kredit Besar', ['2026-02-01', '2026-06-01'], 40_000),
          ...purchases('Kredit Besar', ['2026-11-01'], 5_000_000, 'Kasbon'),
        ]),
      },
      REF,
    );
    const c = few.customers[0];
    expect(worthFor(few).status).toBe('tooFewRepeaters');
    expect(creditFor(c, few)).toBe(c.credit);
  });
});

describe('"ajak kembali": the more valuable first', () => {
  const a = creditShop({ maksHubungi: 1000 });
  const w = worthFor(a);
  // No customer of this shop has a number: the list is the one without.
  const winBack = followUps(a).noNumber.filter((f) => f.kind === 'ajakKembali');
  const value = (key: string) => w.byKey.get(key)!.value!;

  it('orders them by Nilai Pelanggan, highest first, not by what they spent', () => {
    expect(winBack.length).toBeGreaterThan(3);
    for (let i = 1; i < winBack.length; i++)
      expect(value(winBack[i - 1].key)).toBeGreaterThanOrEqual(value(winBack[i].key));
    // What they spent would order them otherwise: the rule makes a difference here.
    const spent = winBack.map((f) => f.amount!);
    expect(spent).not.toEqual([...spent].sort((x, y) => y - x));
  });

  it('orders them by what they spent without the models', () => {
    const plain = run({ sales: irregularShop(60) }, REF, { maksHubungi: 1000 });
    expect(worthFor(plain).status).not.toBe('ok');
    const list = followUps(plain).noNumber.filter((f) => f.kind === 'ajakKembali');
    const spent = list.map((f) => f.amount!);
    expect(spent).toEqual([...spent].sort((x, y) => y - x));
  });
});

describe('the value in the Ringkasan, the text summary and the panel', () => {
  const a = creditShop();
  const w = worthFor(a);
  const byType = (['A', 'B', 'C', 'D'] as const).map((t) =>
    Math.round(
      a.customers
        .filter((c) => c.type === t)
        .reduce((s, c) => s + (w.byKey.get(c.measures.key)?.value ?? 0), 0),
    ),
  );
  const total = byType.reduce((s, v) => s + v, 0);
  const rp = (v: number) => `Rp ${v.toLocaleString('id-ID')}`;

  it('the panel has the value of all customers and of each type', () => {
    const p = panelSummary(a, retention(a, 'bulan'), '20/11/2026 12.00');
    expect(p.value).toEqual({
      months: 12,
      total,
      byType: byType.map((value, i) => ({ type: 'ABCD'[i], value })),
    });
    expect(p.valueNote).toBeNull();
  });

  it('the Ringkasan block lists them with p, q, v and the correlation', () => {
    const block = summaryTables(a, retention(a, 'bulan'), RUN).find(
      (t) => t.title === 'Berapa nilai pelanggan? Perkiraan dari model Gamma-Gamma',
    )!;
    const rows = Object.fromEntries(block.rows.map((r) => [r[0], r[1]]));
    expect(rows['Nilai semua pelanggan, 12 bulan ke depan']).toBe(rp(total));
    expect(rows['Nilai pelanggan tipe C, 12 bulan ke depan']).toBe(rp(byType[2]));
    expect(rows['Parameter p']).toMatch(/^\d+(,\d+)?$/);
    expect(rows['Korelasi banyaknya kunjungan dengan besar belanja per kunjungan']).toMatch(/^-?0,\d+$/);
    expect(summaryText(a, [])).toContain(`Nilai semua pelanggan 12 bulan ke depan: ${rp(total)}`);
  });

  it('without a model the panel and the block say why', () => {
    const plain = run({ sales: irregularShop(60) }, REF);
    const p = panelSummary(plain, [], '20/11/2026 12.00');
    expect(p.value).toBeNull();
    expect(p.valueNote).toMatch(/^Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan/);
  });
});
