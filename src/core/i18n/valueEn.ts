/** "What is a customer worth?" in English: the same keys as valueId.ts (checked by the compiler). */
import type { ValueCatalogue } from './valueId';

export const valueEn: ValueCatalogue = {
  tooFewRepeaters: (repeaters: number, needed: number) =>
    `Expected spend per visit and customer value are left blank: only ${repeaters} customers bought more ` +
    `than once, at least ${needed} are needed for an estimate to be trusted.`,
  notConverged: (correlation: string | null) =>
    'Expected spend per visit and customer value are left blank: the spend estimate found no stable result ' +
    'in this data, so no number is shown.' +
    (correlation === null
      ? ''
      : ` In this shop, customers who come more often also spend more per visit ` +
        `(correlation ${correlation}), while the model assumes the two are unrelated.`),
  title: 'What is a customer worth? Estimate from the Gamma-Gamma model',
  totalValue: (months: number) => `Value of all customers, next ${months} months`,
  valueOfType: (type: string, months: number) => `Value of type ${type} customers, next ${months} months`,
  shopSpend: 'Expected spend per visit, customers who bought once',
  repeaters: 'Customers who bought more than once (used by the model)',
  correlation: 'Correlation of number of visits and spend per visit',
  correlationNote:
    'The model assumes spend does not depend on how often a customer buys: a correlation near 0 means the ' +
    'assumption suits this shop.',
  summaryLine: (months: number, total: string) =>
    `Value of all customers over the next ${months} months: ${total} (Gamma-Gamma and BG/NBD models, see model.csv).`,
  creditCapped: (days: number, amount: string) =>
    `type C: their expected spend over the ${days}-day credit term (${amount}), below their usual credit purchase`,
  badMonths: (value: unknown) => `months must be a whole number from 1 to 120: "${String(value)}"`,
};
