import { run, salesSheet } from '../test/support/build';
import { predictionFor } from '../src/core/models/prediction';
import { isoDate } from '../src/core/read/dates';
import { d } from '../test/support/build';
function shop(customers: number) {
  let seed = 12345;
  const uniform = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
  const rows: [string, string, number, string][] = [];
  const start = d('2025-12-01'), end = d('2026-11-20');
  for (let i = 0; i < customers; i++) {
    const rate = 1 / (4 + ((i * 37) % 90)); // per day, 1/4 .. 1/93
    const drop = 0.05 + ((i * 13) % 40) / 100;
    let day = start + Math.floor(uniform() * 300);
    while (day <= end) {
      rows.push([isoDate(day), `Pelanggan ${i}`, 10000, 'Tunai']);
      if (uniform() < drop) break;
      day += Math.max(1, Math.round(-Math.log(uniform()) / rate));
    }
  }
  return salesSheet(rows);
}
for (const n of [40, 50, 60, 80]) {
  const p = predictionFor(run({ sales: shop(n) }, '2026-11-20'));
  console.log(n, p.status, p.repeaters, p.customers, p.fit?.params, p.expectedTotal);
}
