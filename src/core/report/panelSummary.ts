/**
 * What the sidebar's Ringkasan shows after a run, as plain JSON (numbers and strings only: it is
 * kept in the document properties and crosses google.script.run, where a Date fails the call).
 */
import { AGE_BUCKETS, ageLabel, type AgeBucket } from '../measure/debts';
import type { Analysis } from '../analysis';
import { dateText } from './format';
import type { RetentionRow } from '../models/retention';
import { summariseTypes, type TypeSummary } from './summary';
import { valueTotals, type ValueTotals } from './valueSummary';
import { worthFor } from '../models/valuePrediction';

/** Months of retention the sidebar draws. */
export const PANEL_RETENTION_MONTHS = 12;

export interface PanelRetention {
  label: string;
  /** Share retained, 0..1; null for the first period of the data ("awal data") or no one before. */
  rate: number | null;
}

export interface PanelAgeing {
  bucket: AgeBucket;
  label: string;
  amount: number;
}

export interface PanelSummary {
  at: string;
  referenceDate: string;
  customers: number;
  issues: number;
  types: TypeSummary[];
  retention: PanelRetention[];
  ageing: PanelAgeing[];
  /** Nilai Pelanggan of all customers and per type; null with the reason in valueNote. */
  value: ValueTotals | null;
  valueNote: string | null;
}

/** Open debts of every customer, summed per ageing bucket. */
export function ageingTotals(analysis: Analysis): PanelAgeing[] {
  return AGE_BUCKETS.map((bucket) => ({
    bucket,
    label: ageLabel(bucket),
    amount: analysis.customers.reduce((sum, c) => sum + c.measures.ageing[bucket], 0),
  }));
}

export function panelSummary(analysis: Analysis, monthly: RetentionRow[], at: string): PanelSummary {
  return {
    at,
    referenceDate: dateText(analysis.referenceDay),
    customers: analysis.customers.length,
    issues: analysis.issues.length,
    types: summariseTypes(analysis),
    retention: monthly.slice(-PANEL_RETENTION_MONTHS).map((r) => ({ label: r.label, rate: r.rate })),
    ageing: ageingTotals(analysis),
    value: valueTotals(analysis),
    valueNote: worthFor(analysis).valueMessage,
  };
}
