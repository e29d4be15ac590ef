import { monthly, purchases, run, salesSheet, typeOf } from '../../support/build';

const CUSTOMERS = ['Nama', 'Direferensikan Oleh', 'Komplain'];
const DEBTS = ['Tanggal', 'Pelanggan', 'Jumlah', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar'];
const REF = '2025-06-30';

/** Sri buys monthly Jan..Jun: 6 occasions, active 6 of 6 months. */
const loyalSri = () => monthly('Sri', '2025-01', 6);

describe('customer type A/B/C/D (DOMAIN 3)', () => {
  it('D: an open debt more than 60 days past due', () => {
    const debts = [DEBTS, ['2025-04-01', 'Sri', 10000, '2025-04-15', '', '']]; // 76 days past due
    const a = run({ sales: salesSheet(loyalSri()), debts }, REF);
    expect(typeOf(a, 'Sri')).toBe('D');
    expect(a.byKey.get('sri')!.reason).toMatch(/lewat jatuh tempo 76 hari/);
    expect(a.byKey.get('sri')!.action).toMatch(/Stop beri hutang/);
  });

  it('not D at exactly the limit, D one day past it; the limit is a setting', () => {
    const at = [DEBTS, ['2025-04-01', 'Sri', 10000, '2025-05-01', '', '']]; // 60 days
    expect(typeOf(run({ sales: salesSheet(loyalSri()), debts: at }, REF), 'Sri')).toBe('C');
    expect(typeOf(run({ sales: salesSheet(loyalSri()), debts: at }, '2025-07-01'), 'Sri')).toBe('D');
    expect(
      typeOf(run({ sales: salesSheet(loyalSri()), debts: at }, '2025-07-01', { batasMacetHari: 90 }), 'Sri'),
    ).toBe('C');
  });

  it('D: repaid debts that were on average more than 60 days late', () => {
    const debts = [
      DEBTS,
      ['2025-01-01', 'Sri', 10000, '2025-01-15', '2025-04-15', 10000], // 90 late
      ['2025-02-01', 'Sri', 10000, '2025-02-15', '2025-03-27', 10000], // 40 late -> avg 65
    ];
    const a = run({ sales: salesSheet(loyalSri()), debts }, REF);
    expect(typeOf(a, 'Sri')).toBe('D');
    expect(a.byKey.get('sri')!.reason).toMatch(/rata-rata telat 65 hari/);
  });

  it('C: uses credit and pays, even when loyal and an advocate', () => {
    const debts = [DEBTS, ['2025-03-05', 'Sri', 10000, '2025-03-19', '2025-03-25', 10000]];
    const customers = [CUSTOMERS, ['Sri', '', ''], ['Ani', 'Sri', '']];
    const a = run({ sales: salesSheet(loyalSri()), debts, customers }, REF);
    expect(typeOf(a, 'Sri')).toBe('C');
    expect(a.byKey.get('sri')!.action).toMatch(/tanpa hutang/);
  });

  it('C: a credit sale in the sales sheet alone is enough', () => {
    const sales = salesSheet([...loyalSri(), ['2025-06-20', 'Sri', 10000, 'Hutang']]);
    expect(typeOf(run({ sales }, REF), 'Sri')).toBe('C');
  });

  it('C: an old debt outside the window still open counts; an old repaid one does not', () => {
    const open = [DEBTS, ['2024-05-01', 'Sri', 10000, '2025-06-25', '', '']];
    expect(typeOf(run({ sales: salesSheet(loyalSri()), debts: open }, REF), 'Sri')).toBe('C');
    const repaid = [DEBTS, ['2024-05-01', 'Sri', 10000, '2024-05-15', '2024-05-20', 10000]];
    expect(typeOf(run({ sales: salesSheet(loyalSri()), debts: repaid }, REF), 'Sri')).toBe('A');
  });

  it('A: never on credit, loyal, referred someone and no complaint', () => {
    const customers = [CUSTOMERS, ['Sri', '', ''], ['Ani', 'sri', '']];
    const a = run({ sales: salesSheet(loyalSri()), customers }, REF);
    expect(typeOf(a, 'Sri')).toBe('A');
    expect(a.byKey.get('sri')!.reason).toBe(
      '6 kali belanja, aktif 6 dari 6 bulan, tidak pernah hutang, mereferensikan 1 pelanggan',
    );
    expect(a.byKey.get('sri')!.action).toMatch(/beri hadiah/);
  });

  it('B: loyal but has not referred anyone, where the data has a referral column', () => {
    const customers = [CUSTOMERS, ['Sri', '', '']];
    const a = run({ sales: salesSheet(loyalSri()), customers }, REF);
    expect(typeOf(a, 'Sri')).toBe('B');
    expect(a.byKey.get('sri')!.reason).toMatch(/belum mereferensikan/);
  });

  it('B: a recorded complaint keeps an advocate out of A', () => {
    const customers = [CUSTOMERS, ['Sri', '', 'barang rusak'], ['Ani', 'Sri', '']];
    expect(typeOf(run({ sales: salesSheet(loyalSri()), customers }, REF), 'Sri')).toBe('B');
    const none = [CUSTOMERS, ['Sri', '', 'tidak ada'], ['Ani', 'Sri', '']];
    expect(typeOf(run({ sales: salesSheet(loyalSri()), customers: none }, REF), 'Sri')).toBe('A');
  });

  it('loyalty needs at least 3 occasions and 50% of observed months (settings)', () => {
    const two = salesSheet(monthly('Sri', '2025-05', 2)); // 2 of 2 months, 2 occasions
    expect(typeOf(run({ sales: two }, REF), 'Sri')).toBe('B');
    expect(typeOf(run({ sales: two }, REF, { minKunjunganLoyal: 2 }), 'Sri')).toBe('A');
    // 3 occasions in Jan, observed Jan..Jun: 1 of 6 months
    const bunched = salesSheet(purchases('Sri', ['2025-01-03', '2025-01-13', '2025-01-23']));
    expect(typeOf(run({ sales: bunched }, REF), 'Sri')).toBe('B');
    expect(
      typeOf(run({ sales: bunched }, REF, { rasioLoyal: 0.1, rasioLoyalTanpaReferensi: 0.1 }), 'Sri'),
    ).toBe('A');
  });

  it('without a referral column, A needs activity in at least 80% of observed months', () => {
    // Active 5 of 6 months (83%): A. Active 4 of 6 (67%): loyal but B.
    const five = salesSheet(monthly('Sri', '2025-01', 6).filter((_, i) => i !== 2));
    expect(typeOf(run({ sales: five }, REF), 'Sri')).toBe('A');
    const four = salesSheet(monthly('Sri', '2025-01', 6).filter((_, i) => i !== 2 && i !== 3));
    const b = run({ sales: four }, REF);
    expect(typeOf(b, 'Sri')).toBe('B');
    expect(b.byKey.get('sri')!.reason).toMatch(/tanpa kolom referensi/);
  });

  it('B: a new one-time cash buyer', () => {
    const a = run({ sales: salesSheet(purchases('Ani', ['2025-06-29'])) }, REF);
    expect(typeOf(a, 'Ani')).toBe('B');
    expect(a.byKey.get('ani')!.reason).toMatch(/^1 kali belanja/);
  });

  it('gives every customer with data exactly one type, debt-only customers included', () => {
    const debts = [DEBTS, ['2025-06-01', 'Joko', 10000, '', '', '']];
    const a = run({ sales: salesSheet([...loyalSri(), ...purchases('Ani', ['2025-06-29'])]), debts }, REF);
    expect(a.customers.map((c) => [c.measures.name, c.type])).toEqual([
      ['Sri', 'A'],
      ['Ani', 'B'],
      ['Joko', 'C'],
    ]);
  });
});
