import { sortForReport } from '../../../src/core/analyze/reportOrder';
import type { CustomerResult } from '../../../src/core/analysis';

describe('the order of the customer table', () => {
  it('lists type A first, then B, C, D; within a type the biggest spender first; ties keep their order', () => {
    const c = (name: string, type: CustomerResult['type'], totalSpend: number) =>
      ({ type, measures: { name, totalSpend } }) as CustomerResult;
    const customers = [
      c('Budi', 'B', 100),
      c('Dewi', 'D', 10),
      c('Ani', 'A', 50),
      c('Sri', 'B', 300),
      c('Tono', 'C', 5),
      c('Wati', 'B', 300),
    ];
    sortForReport(customers);
    expect(customers.map((x) => x.measures.name)).toEqual(['Ani', 'Sri', 'Wati', 'Budi', 'Tono', 'Dewi']);
  });
});
