/** DOMAIN 1: paid or not, in the words, abbreviations and checkboxes owners use. */
import { checkboxMeansUnpaid, paidState, isRepayment } from '../../../src/core/read/paidWords';

describe('paid and unpaid words', () => {
  it.each([
    'belum',
    'blm',
    'Belum Lunas',
    'Blm Lunas',
    'belum dibayar',
    'BL',
    'hutang',
    'kredit',
    'kasbon',
    'bon',
    'tempo',
    'nunggak',
    'Tempo 14 hari',
  ])('"%s" is unpaid', (word) => expect(paidState(word)).toBe('unpaid'));

  it.each([
    'lunas',
    'sudah',
    'sdh',
    'Sudah dibayar',
    'dibayar',
    'paid',
    'LUNAS',
    '✓',
    '✔',
    'Tunai',
    'Transfer BCA',
    'QRIS',
  ])('"%s" is paid', (word) => expect(paidState(word)).toBe('paid'));

  it('a negation flips the word after it', () => {
    expect(paidState('tidak lunas')).toBe('unpaid');
    expect(paidState('belum bayar')).toBe('unpaid');
    expect(paidState('bukan hutang')).toBe('paid');
    expect(paidState('tidak kredit')).toBe('paid');
    expect(paidState('tidak ada hutang')).toBe('paid');
    expect(paidState('belum pernah bayar')).toBe('unpaid');
  });

  it('a credit word with a paid word is a credit sale already repaid', () => {
    expect(paidState('Kasbon (sudah lunas)')).toBe('creditPaid');
    expect(paidState('hutang - lunas 12/3')).toBe('creditPaid');
    expect(paidState('Bon, sdh dibayar')).toBe('creditPaid');
    // ...but not when the paid word is negated.
    expect(paidState('hutang belum lunas')).toBe('unpaid');
  });

  it('a checkbox means what its header says', () => {
    expect(paidState(true, 'Lunas')).toBe('paid');
    expect(paidState(false, 'Lunas')).toBe('unpaid');
    expect(paidState(true, 'Sudah Bayar')).toBe('paid');
    expect(paidState(true, 'Hutang')).toBe('unpaid');
    expect(paidState(false, 'Hutang')).toBe('paid');
    expect(paidState(true, 'Belum Lunas')).toBe('unpaid');
    expect(paidState('TRUE', 'Belum Lunas')).toBe('unpaid');
    expect(paidState('FALSE', 'Status Lunas')).toBe('unpaid');
    expect(paidState('Ya', 'Lunas?')).toBe('paid');
    expect(paidState('Tidak', 'Lunas?')).toBe('unpaid');
    expect(paidState('ya', 'Hutang')).toBe('unpaid');
    expect(paidState('tidak', 'Hutang')).toBe('paid');
    expect(checkboxMeansUnpaid('Kasbon')).toBe(true);
    expect(checkboxMeansUnpaid('Status')).toBe(false);
  });

  it('a word we do not know is unknown, never guessed', () => {
    expect(paidState('xyz')).toBe('unknown');
    expect(paidState('nanti saja')).toBe('unknown');
    expect(paidState('Ya')).toBe('unknown'); // no header to answer
    expect(paidState(5)).toBe('none'); // a number is not a word
  });

  it('a credit card pays the shop at once; partial and cancelled are told apart; blank says nothing', () => {
    expect(paidState('Kartu Kredit')).toBe('paid');
    expect(paidState('Dicicil')).toBe('partial');
    expect(paidState('Lunas sebagian')).toBe('partial');
    for (const w of ['batal', 'Gagal', 'FAILED', 'cancel', 'Cancelled', 'PENDING', 'refund']) {
      expect(paidState(w)).toBe('cancelled');
    }
    expect(paidState('Menunggu Pembayaran')).toBe('cancelled');
    expect(paidState('Selesai')).toBe('paid');
    expect(paidState('Sedang Dikirim')).toBe('paid');
    expect(paidState('')).toBe('none');
    expect(paidState('-')).toBe('none');
  });
});

describe('returns and repayments among sales (DOMAIN 1)', () => {
  it('knows Retur / Return as a return, not an unknown word', () => {
    for (const cell of ['Retur', 'RETURN', 'Retur (barang rusak)', 'barang dikembalikan'])
      expect(paidState(cell)).toBe('return');
    // A refund is money given back for a sale that did not stand: no sale at all.
    expect(paidState('Retur, refund')).toBe('cancelled');
  });

  it('tells a repayment row from a sale', () => {
    for (const cell of [
      'Bayar Hutang',
      'bayar kasbon',
      'Bayar bon',
      'byr utang',
      'Cicilan',
      'Cicilan ke-2',
      'Angsuran 1',
      'Pelunasan',
      'Setor hutang',
      'pembayaran kasbon Maret',
      'sudah bayar hutang',
    ])
      expect([cell, isRepayment(cell)]).toEqual([cell, true]);
    for (const cell of [
      'Hutang',
      'Kredit (cicilan)',
      'dicicil',
      'Lunas',
      'Tunai',
      'belum bayar hutang',
      '',
      5000,
    ])
      expect([cell, isRepayment(cell)]).toEqual([cell, false]);
  });
});
