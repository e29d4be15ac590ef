/**
 * "Berapa nilai pelanggan ini?" for the workbook's own customers (DOMAIN 9b): the Gamma-Gamma model
 * fitted on every customer with a repeat occasion whose repeat spend is above 0, then each
 * customer's Belanja per Kunjungan Mendatang and, with the BG/NBD model, Nilai Pelanggan over the
 * coming `bulanNilai` months discounted by `diskonBulanan` a month. With fewer than
 * MIN_REPEATERS such customers, or a fit that does not converge, there is no number, only the
 * reason; without a BG/NBD model the spend is given and the value is blank with that model's
 * reason. Computed once per analysis (and per number of months).
 */
import type { Analysis, CustomerResult } from '../analysis';
import type { CustomerMeasures } from '../measure/measures';
import { msg } from '../i18n';
import { formatsOf } from '../i18n/formats';
import { currentLocale } from '../i18n/locale';
import { tripleKey } from './bgnbd';
import { discountedPurchases, type ValueHorizon } from './customerValue';
import { correlation, expectedSpend, fitGammaGamma, type GammaGammaFit, type SpendRow } from './gammaGamma';
import { capCredit, type CreditLimit } from './creditLimit';
import { MIN_REPEATERS, predictionFor } from './prediction';

/** A correlation of frequency and spend from which the model's independence assumption fails. */
const LINKED_SPEND = 0.5;

/** A month, in the BG/NBD fit's unit (days). */
export const DAYS_PER_MONTH = 30;

export type SpendStatus = 'ok' | 'tooFewRepeaters' | 'notConverged';

interface SpendFit {
  status: SpendStatus;
  /** Present only when status is 'ok'. */
  fit: GammaGammaFit | null;
  /** Customers with a repeat occasion and a repeat spend above 0: those the model is fitted on. */
  repeaters: number;
  /**
   * Correlation of their repeat occasions and mean repeat spend, fitted or not: the model assumes
   * it is near 0, so it is shown also when the fit fails (it often says why).
   */
  correlation: number | null;
}

export interface CustomerWorth {
  /** Belanja per Kunjungan Mendatang, in the sheet's money. */
  spend: number;
  /** Nilai Pelanggan; null without a BG/NBD model or when its series did not converge. */
  value: number | null;
}

export interface CustomerWorths extends SpendFit {
  months: number;
  discount: number;
  /** Why Belanja per Kunjungan Mendatang is blank; null when it is filled. */
  spendMessage: string | null;
  /** Why Nilai Pelanggan is blank (the spend's reason, or the BG/NBD model's); null when filled. */
  valueMessage: string | null;
  /** Every customer with a purchase in the window, while the spend model is fitted. */
  byKey: Map<string, CustomerWorth>;
}

const spendFits = new WeakMap<Analysis, SpendFit>();
const worths = new WeakMap<Analysis, Map<number, CustomerWorths>>();

/** A repeat customer's (x, mean repeat spend), or null when they have none to model. */
export function spendRowOf(m: CustomerMeasures): SpendRow | null {
  if (m.frequency === 0) return null;
  return { x: m.frequency, m: m.repeatSpend / m.frequency };
}

function spendFit(analysis: Analysis): SpendFit {
  const cached = spendFits.get(analysis);
  if (cached) return cached;
  const rows: SpendRow[] = [];
  for (const c of analysis.customers) {
    const row = spendRowOf(c.measures);
    // Returns may take a repeat spend to 0 or below: no Gamma spend to fit.
    if (row && row.m > 0) rows.push(row);
  }
  const base = { repeaters: rows.length, correlation: correlation(rows) };
  let result: SpendFit;
  if (rows.length < MIN_REPEATERS) result = { ...base, status: 'tooFewRepeaters', fit: null };
  else {
    const fit = fitGammaGamma(rows);
    result = fit.converged ? { ...base, status: 'ok', fit } : { ...base, status: 'notConverged', fit: null };
  }
  spendFits.set(analysis, result);
  return result;
}

function spendMessageOf(s: SpendFit): string | null {
  if (s.status === 'tooFewRepeaters') return msg().value.tooFewRepeaters(s.repeaters, MIN_REPEATERS);
  if (s.status !== 'notConverged') return null;
  // A strong link of frequency and spend breaks the model's assumption: name it as the likely cause.
  const linked =
    s.correlation !== null && s.correlation >= LINKED_SPEND
      ? formatsOf(currentLocale()).significant(s.correlation)
      : null;
  return msg().value.notConverged(linked);
}

/** Each customer's expected spend per occasion and value over `months` (default: bulanNilai). */
export function worthFor(analysis: Analysis, months: number = analysis.settings.bulanNilai): CustomerWorths {
  let byMonths = worths.get(analysis);
  if (!byMonths) worths.set(analysis, (byMonths = new Map()));
  const cached = byMonths.get(months);
  if (cached) return cached;
  const spend = spendFit(analysis);
  const discount = analysis.settings.diskonBulanan;
  const spendMessage = spendMessageOf(spend);
  const prediction = predictionFor(analysis);
  const byKey = new Map<string, CustomerWorth>();
  const bgnbd = prediction.fit;
  if (spend.fit) {
    const params = spend.fit.params;
    const horizon: ValueHorizon = { steps: months, stepLength: DAYS_PER_MONTH, discount };
    // Customers with the same (x, t_x, T) share the discounted purchases.
    const purchasesByTriple = new Map<string | number, number | null>();
    for (const c of analysis.customers) {
      const m = c.measures;
      const triple = prediction.triples.get(m.key);
      if (!triple) continue; // no purchase in the window (debts only)
      const spent = expectedSpend(params, m.frequency, Math.max(0, spendRowOf(m)?.m ?? 0));
      let value: number | null = null;
      if (bgnbd) {
        const id = tripleKey(triple.x, triple.tx, triple.T);
        let purchases = purchasesByTriple.get(id);
        if (purchases === undefined)
          purchasesByTriple.set(id, (purchases = discountedPurchases(bgnbd.params, triple, horizon)));
        value = purchases === null ? null : purchases * spent;
      }
      byKey.set(m.key, { spend: spent, value });
    }
  }
  const result: CustomerWorths = {
    ...spend,
    months,
    discount,
    spendMessage,
    valueMessage: spendMessage ?? prediction.message,
    byKey,
  };
  byMonths.set(months, result);
  return result;
}

/**
 * The customer's credit limit with C's capped at their expected spend over the credit term:
 * expected purchases in tempoHari days times the expected spend per occasion. Unchanged without
 * both models.
 */
export function creditFor(c: CustomerResult, analysis: Analysis): CreditLimit {
  if (c.type !== 'C' || c.credit.limit === null) return c.credit;
  const days = analysis.settings.tempoHari;
  const spend = worthFor(analysis).byKey.get(c.measures.key)?.spend;
  const purchases = predictionFor(analysis, days).byKey.get(c.measures.key)?.expected;
  const cap = spend === undefined || purchases === undefined || purchases === null ? null : purchases * spend;
  return capCredit(c.type, c.credit, cap, c.measures.outstanding, days);
}
