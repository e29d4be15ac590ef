/**
 * The spend model and Nilai Pelanggan on CDNOW's master file (all 18 months to 1998-06-30, in
 * days): the Gamma-Gamma fit alone, and every customer's value over 12 months once both models
 * are fitted. `npm run bench -- --value` runs only this.
 */
import { dayFromCivil } from '../src/core/read/dates';
import { analyze } from '../src/core/engine';
import { parseSettings } from '../src/core/settings';
import { fitGammaGamma, type SpendRow } from '../src/core/models/gammaGamma';
import { predictionFor } from '../src/core/models/prediction';
import { spendRowOf, worthFor } from '../src/core/models/valuePrediction';
import { cdnowMasterGrid, hasCdnow } from '../test/support/cdnow';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Median wall and CPU milliseconds of `runs` calls after a first one. */
function timed(f: () => void, runs = 5): { coldMs: number; ms: number; cpuMs: number } {
  const all: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i <= runs; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    f();
    const used = process.cpuUsage(cpu);
    all.push({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
  }
  const warm = all.slice(1).sort((a, b) => a.ms - b.ms);
  const median = warm[Math.floor(warm.length / 2)];
  return { coldMs: all[0].ms, ms: median.ms, cpuMs: median.cpuMs };
}

export function printValue(): void {
  if (!hasCdnow) {
    console.log(
      '\nGamma-Gamma and Nilai Pelanggan on CDNOW_master.txt: skipped (test/fixtures/cdnow not found)',
    );
    return;
  }
  const input = { sales: { name: 'CDNOW_master', rows: cdnowMasterGrid() } };
  const options = { referenceDay: dayFromCivil(1998, 6, 30), timeZone: 'UTC' };
  const first = analyze(input, { ...options, settings: parseSettings({ jendelaBulan: 18 }) });
  const rows = first.customers
    .map((c) => spendRowOf(c.measures))
    .filter((r): r is SpendRow => !!r && r.m > 0);
  const fit = fitGammaGamma(rows);
  const gg = timed(() => fitGammaGamma(rows));
  predictionFor(first);
  // Each analysis keeps its own values: a fresh one per month count times the values alone.
  let months = 12;
  const value = timed(() => worthFor(first, months++));
  const { p, q, v } = fit.params;
  console.log(
    `\nGamma-Gamma fit on CDNOW_master.txt (${fmt(rows.length)} repeat customers, dollars): ` +
      `${fmt(gg.coldMs)} ms first run, median of 5 ${fmt(gg.ms)} ms wall, ${fmt(gg.cpuMs)} ms CPU; ` +
      `p ${fmt(p, 4)}, q ${fmt(q, 4)}, v ${fmt(v, 3)}, correlation ${fmt(fit.correlation ?? NaN, 3)}, ` +
      `${fit.evaluations} evaluations, converged ${fit.converged}\n` +
      `Nilai Pelanggan of all ${fmt(first.customers.length)} customers over 12-17 months (both models fitted): ` +
      `median ${fmt(value.ms)} ms wall, ${fmt(value.cpuMs)} ms CPU`,
  );
}
