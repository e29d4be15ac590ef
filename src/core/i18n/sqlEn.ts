/** Words of the generated SQL in English (the shape of sqlId.ts). */
import type { sqlId } from './sqlId';

export const sqlEn: typeof sqlId = {
  titles: {
    customers:
      'Per customer: occasions, spend, cycle, debts, type A/B/C/D with its reason code, matrix, status, RFM scores and credit limit',
    retention:
      'Monthly retention: active, retained, returning and new customers, retention rate, new and existing sales',
    cohorts: 'Cohorts by first-purchase month: the share of each cohort buying in each later month',
    bgnbdGroups: 'BG/NBD model input: customers grouped by (x, t_x, T) with their count',
    bgnbdScores:
      'Chance of being active and expected purchases per customer from fitted BG/NBD parameters (r, alpha, a, b)',
  },
  typedNote:
    'Columns must be typed: dates as DATE, amounts as numbers, one spelling of each customer name; ' +
    'payment and status as one standard word (e.g. tunai, kredit, bayar hutang, batal), not free text.',
  parameters: (names) => `Parameters: ${names.join(', ')}`,
};
