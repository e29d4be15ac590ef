import {
  BELI_BERIKUTNYA,
  customerFormula,
  kohortRetensi,
  kontribusiPelangganBaru,
  linkWa,
  MATRIKS,
  SISA_HUTANG,
  SKOR_RFM,
  TAHAP,
} from '../../src/core/customerFormulas';
import { monthly, purchases, salesSheet } from '../support/build';

const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2026, 10, 20, 3)) };
const sales = salesSheet([
  ...monthly('Sri', '2025-12', 12, 100000),
  ...purchases('Joko', ['2026-10-05'], 40000, 'Kasbon'),
  ...purchases('Ani', ['2026-10-10', '2026-10-20'], 5000),
]);
const debts = [
  ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo'],
  ['2026-10-05', 'Joko', 40000, '2026-10-19'],
];

describe('per-customer formulas', () => {
  it('follow TIPE_PELANGGAN: one name, a name column, the customer table with its header', () => {
    expect(customerFormula(MATRIKS, 'Sri', sales, debts, '', '', env)).toBe('Kembangkan');
    expect(customerFormula(TAHAP, [['Sri'], [''], ['Nobody']], sales, debts, '', '', env)).toEqual([
      ['Loyal'],
      [''],
      ['Tidak ada data'],
    ]);
    const table = [
      ['Nama', 'Jenis'],
      ['Ani', 'Reseller'],
      ['Joko', ''],
    ];
    expect(customerFormula(TAHAP, table, sales, debts, '', 'semua', env)).toEqual([
      ['Tahap', 'Status', 'Alasan Tahap'],
      // Ani has one gap of 10 days: not a habit, so the shop's usual cycle (Sri's 31 days) applies;
      // 31 days since her last purchase is within two cycles: Aktif.
      ['Mitra', 'Aktif', expect.stringContaining('kebiasaan toko, tiap 31 hari')],
      ['Inisial', 'Aktif', expect.any(String)],
    ]);
  });

  it('gives open debt, its age bucket and the credit limit', () => {
    expect(customerFormula(SISA_HUTANG, 'Joko', sales, debts, '', '', env)).toBe(40000);
    expect(customerFormula(SISA_HUTANG, 'Joko', sales, debts, '', 'umur', env)).toBe('Telat 31-60 hari');
    expect(customerFormula(SISA_HUTANG, 'Sri', sales, debts, '', 'umur', env)).toBe('Lunas');
    expect(customerFormula(SISA_HUTANG, 'Joko', sales, debts, '', 'batas', env)).toBe(40000);
  });

  it('gives the next purchase date, the cycle and the overdue ratio', () => {
    const [[date, cycle, ratio]] = customerFormula(
      BELI_BERIKUTNYA,
      'Ani',
      sales,
      debts,
      '',
      'semua',
      env,
    ) as [[Date, number, number]];
    // One gap is not a habit: the shop's usual cycle is Sri's, the median of her gaps
    // (28, 30, 30, 30 and seven of 31 between the 5ths of Dec..Nov) = 31; 20/10 + 31 = 20/11.
    expect(date.toISOString()).toBe('2026-11-19T17:00:00.000Z');
    expect(cycle).toBe(31);
    expect(ratio).toBe(1);
  });

  it('gives RFM as text like "545" or its segment, and refuses an unknown keluaran', () => {
    expect(customerFormula(SKOR_RFM, 'Sri', sales, debts, '', '', env)).toMatch(/^[1-5]{3}$/);
    expect(customerFormula(SKOR_RFM, 'Sri', sales, debts, '', 'segmen', env)).toBe('Juara');
    expect(() => customerFormula(SKOR_RFM, 'Sri', sales, debts, '', 'warna', env)).toThrow(
      /skor, segmen, semua/,
    );
  });
});

describe('shop-wide formulas', () => {
  it('spills the cohort table and gives the new-customer share of the latest month', () => {
    const grid = kohortRetensi(sales, '2026-11-20', env);
    expect(grid[0].slice(0, 3)).toEqual(['Kohort', 'Pelanggan', 'Bulan 0']);
    expect(grid[1].slice(0, 3)).toEqual(['Des 2025', 1, 1]);
    // October: Sri 100.000 existing, Joko 40.000 and Ani 10.000 new.
    expect(kontribusiPelangganBaru(sales, 'bulan', '2026-11-20', env)).toBeCloseTo(50000 / 150000, 10);
  });

  it('makes wa.me links, per cell for ranges, and never guesses an invalid number', () => {
    expect(linkWa('0812 3456 7890', 'Halo Bu')).toBe('https://wa.me/6281234567890?text=Halo%20Bu');
    expect(linkWa([['081234567890'], ['123'], ['']], [['A'], ['B'], ['C']])).toEqual([
      ['https://wa.me/6281234567890?text=A'],
      ['Nomor tidak valid: 123'],
      [''],
    ]);
  });
});
