/** The report's order of customers: type A first, then by spend, highest first. */
import type { CustomerResult } from '../analysis';
import type { CustomerType } from '../models/customerType';

const TYPE_ORDER: Record<CustomerType, number> = { A: 0, B: 1, C: 2, D: 3 };

/**
 * Type A first, then by spend, highest first; equal ones keep their order. The keys are read once
 * into flat arrays: comparing through each customer's objects costs more than the sort itself.
 */
export function sortForReport(customers: CustomerResult[]): void {
  const sorted = reportOrder(customers, customers).map((i) => customers[i]);
  sorted.forEach((c, k) => (customers[k] = c));
}

/** Positions of the customers in the report's order (see sortForReport). */
export function reportOrder(
  types: readonly { type: CustomerType }[],
  customers: readonly { measures: { totalSpend: number } }[],
): number[] {
  const type = types.map((t) => TYPE_ORDER[t.type]);
  const spend = customers.map((c) => c.measures.totalSpend);
  const order = customers.map((_, i) => i);
  return order.sort((i, j) => type[i] - type[j] || spend[j] - spend[i] || i - j);
}
