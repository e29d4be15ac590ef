/**
 * "Akan beli lagi?" for the workbook's own customers (DOMAIN 9): the BG/NBD model fitted on every
 * customer with a purchase in the window (x = Kunjungan Ulang, t_x = Recency, T = Umur, in days),
 * then each one's Peluang Aktif and Prediksi Beli for the next `hariPrediksi` days. With fewer
 * than MIN_REPEATERS repeaters, or a fit that does not converge, there is no number at all, only
 * the reason. Computed once per analysis (and per horizon), so formulas, tables and the summary
 * share one fit.
 */
import type { Analysis } from '../analysis';
import type { CustomerMeasures } from '../measure/measures';
import { msg } from '../i18n';
import {
  expectedPurchases,
  fitBgnbd,
  probabilityAlive,
  tripleKey,
  type BgnbdFit,
  type Triple,
  type TripleGroup,
} from './bgnbd';

/** Fewest customers with a repeat purchase before the model is fitted at all. */
export const MIN_REPEATERS = 30;

export type PredictionStatus = 'ok' | 'tooFewRepeaters' | 'notConverged';

export interface CustomerPrediction {
  /** Peluang Aktif, 0..1. */
  pAlive: number;
  /** Prediksi Beli over horizonDays; null when its series did not converge. */
  expected: number | null;
}

interface ModelFit {
  status: PredictionStatus;
  /** Present only when status is 'ok': never a number from a failed fit. */
  fit: BgnbdFit | null;
  customers: number;
  repeaters: number;
  triples: Map<string, Triple>;
}

export interface Prediction extends ModelFit {
  horizonDays: number;
  /** Why the columns are blank, in the active language; null when they are filled. */
  message: string | null;
  byKey: Map<string, CustomerPrediction>;
  /** Expected purchases of all customers over horizonDays; null without a model. */
  expectedTotal: number | null;
}

const fits = new WeakMap<Analysis, ModelFit>();
const predictions = new WeakMap<Analysis, Map<number, Prediction>>();

/** What the model is fitted on: each customer's (x, t_x, T), and the groups of equal ones. */
export interface ModelInput {
  triples: Map<string, Triple>;
  repeaters: number;
  /** Null with fewer than MIN_REPEATERS repeaters: no fit at all. */
  groups: TripleGroup[] | null;
}

const inputs = new WeakMap<Analysis, ModelInput>();

/** The model's input for this analysis, computed once (the same groups object every call). */
export function modelInput(analysis: Analysis): ModelInput {
  let input = inputs.get(analysis);
  if (!input) inputs.set(analysis, (input = modelInputOf(analysis.customers, (c) => c.measures)));
  return input;
}

/**
 * The model's input from customers in the report's order: the fit sums over the groups in the
 * order they first appear, so the same order gives the very same numbers.
 */
export function modelInputOf<T>(customers: readonly T[], measuresOf: (c: T) => CustomerMeasures): ModelInput {
  const triples = new Map<string, Triple>();
  // Grouped as they come (what groupTriples does): a customer's triple is its group's, so no
  // object is made per customer and the customers are walked once.
  const groups = new Map<string | number, TripleGroup>();
  let repeaters = 0;
  for (const c of customers) {
    const m = measuresOf(c);
    if (m.occasions === 0) continue; // debts only: nothing to model
    const x = m.frequency;
    const tx = m.recencyDays;
    const T = m.ageDays;
    const id = tripleKey(x, tx, T);
    let group = groups.get(id);
    if (group) group.count++;
    else groups.set(id, (group = { x, tx, T, count: 1 }));
    triples.set(m.key, group);
    if (x > 0) repeaters++;
  }
  return { triples, repeaters, groups: repeaters < MIN_REPEATERS ? null : [...groups.values()] };
}

/**
 * The input the engine made from this analysis's customers, in this order, before it had finished
 * classifying them (so the command line could start the fit early): modelInput then gives it.
 */
export function keepModelInput(analysis: Analysis, input: ModelInput): void {
  inputs.set(analysis, input);
}

/** Fits being computed elsewhere (the command line's second thread), by the groups they are for. */
const fitsElsewhere = new WeakMap<TripleGroup[], () => BgnbdFit>();

/**
 * Registers a fit of `groups` computed elsewhere: the model then takes `fit()`, which gives what
 * fitBgnbd(groups) gives, instead of fitting here.
 */
export function fitElsewhere(groups: TripleGroup[], fit: () => BgnbdFit): void {
  fitsElsewhere.set(groups, fit);
}

function modelFit(analysis: Analysis): ModelFit {
  const cached = fits.get(analysis);
  if (cached) return cached;
  const { triples, repeaters, groups } = modelInput(analysis);
  const base = { customers: triples.size, repeaters, triples };
  let result: ModelFit;
  if (!groups) result = { ...base, status: 'tooFewRepeaters', fit: null };
  else {
    const fit = (fitsElsewhere.get(groups) ?? fitBgnbd)(groups);
    result = fit.converged ? { ...base, status: 'ok', fit } : { ...base, status: 'notConverged', fit: null };
  }
  fits.set(analysis, result);
  return result;
}

function messageOf(model: ModelFit): string | null {
  if (model.status === 'tooFewRepeaters')
    return msg().prediction.tooFewRepeaters(model.repeaters, MIN_REPEATERS);
  return model.status === 'notConverged' ? msg().prediction.notConverged : null;
}

/** The model and every customer's prediction over `horizonDays` (default: the setting hariPrediksi). */
export function predictionFor(
  analysis: Analysis,
  horizonDays: number = analysis.settings.hariPrediksi,
): Prediction {
  let byHorizon = predictions.get(analysis);
  if (!byHorizon) predictions.set(analysis, (byHorizon = new Map()));
  const cached = byHorizon.get(horizonDays);
  if (cached) return cached;
  const model = modelFit(analysis);
  const byKey = new Map<string, CustomerPrediction>();
  let expectedTotal: number | null = null;
  if (model.fit) {
    const params = model.fit.params;
    // Customers with the same triple share one computation.
    const byTriple = new Map<string | number, CustomerPrediction>();
    expectedTotal = 0;
    for (const [key, t] of model.triples) {
      const id = tripleKey(t.x, t.tx, t.T);
      let p = byTriple.get(id);
      if (!p) {
        p = { pAlive: probabilityAlive(params, t), expected: expectedPurchases(params, t, horizonDays) };
        byTriple.set(id, p);
      }
      byKey.set(key, p);
      expectedTotal += p.expected ?? 0;
    }
  }
  const result: Prediction = { ...model, horizonDays, message: messageOf(model), byKey, expectedTotal };
  byHorizon.set(horizonDays, result);
  return result;
}
