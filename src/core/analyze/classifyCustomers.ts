/**
 * Every measured customer classified (DOMAIN 3-8): type, matrix, ladder, status, kind, tags, RFM
 * and credit limit, in the report's order.
 */
import type { CustomerResult } from '../analysis';
import type { Debt } from '../measure/debts';
import { median } from '../measure/measures';
import { classify, type TypeResult } from '../models/customerType';
import { creditLimitOf } from '../models/creditLimit';
import { kindOf, tagsOf } from '../models/kinds';
import { rungOf, statusOf } from '../models/ladder';
import { placeInMatrix } from '../models/matrix';
import { modelInputOf, type ModelInput } from '../models/prediction';
import { rfmForType, rfmScores } from '../models/rfm';
import type { Day } from '../read/dates';
import type { Settings } from '../settings';
import type { MeasuredCustomer } from './measureCustomers';
import { reportOrder } from './reportOrder';
import { CHECK_EVERY, checkDeadline } from '../deadline';

export interface Classified {
  customers: CustomerResult[];
  byKey: Map<string, CustomerResult>;
  modelInput?: ModelInput;
}

/**
 * Every customer classified, in the report's order. Types come first: they settle the order, so
 * the model's input (which follows it) is handed to `onModelInput` before the rest is worked out.
 */
export function classifyCustomers(
  measured: readonly MeasuredCustomer[],
  debtsByKey: Map<string, Debt[]>,
  window: { windowStart: Day; referenceDay: Day },
  settings: Settings,
  onModelInput: ((input: ModelInput) => void) | undefined,
): Classified {
  const types = measured.map(({ measures, facts }) => classify(measures, facts, settings));
  const order = reportOrder(types, measured);
  const modelInput = onModelInput && modelInputOf(order, (i) => measured[i].measures);
  if (modelInput) onModelInput?.(modelInput);
  const { windowStart, referenceDay } = window;
  const classified = classifyAll(measured, types, debtsByKey, windowStart, referenceDay, settings);
  const byKey = new Map(classified.map((c) => [c.measures.key, c]));
  return { customers: order.map((i) => classified[i]), byKey, modelInput };
}

/** The matrix and RFM compare customers with each other, so they need everyone (types come first). */
function classifyAll(
  measured: readonly MeasuredCustomer[],
  types: readonly TypeResult[],
  debtsByKey: Map<string, Debt[]>,
  windowStart: Day,
  referenceDay: Day,
  settings: Settings,
): CustomerResult[] {
  const medianSpend = median(
    measured.filter((c) => c.measures.occasions > 0).map((c) => c.measures.totalSpend),
  );
  const rfm = rfmScores(measured.map((c) => c.measures));
  return measured.map(({ measures, facts, profile }, i) => {
    if (i % CHECK_EVERY === 0) checkDeadline();
    const type = types[i];
    const jenis = profile?.kind ?? '';
    const boughtBeforeWindow = !!facts.boughtBeforeWindow;
    // Fields copied one by one: an object literal opening with a spread is built in dictionary
    // mode, three times the size of one with a fixed shape (tens of thousands of customers).
    return {
      type: type.type,
      reason: type.reason,
      action: type.action,
      measures,
      facts,
      profile,
      matrix: placeInMatrix(
        { measures, profile, type: type.type, boughtBeforeWindow },
        medianSpend,
        referenceDay,
        settings,
      ),
      ladder: rungOf(measures, jenis, facts.referrals, settings),
      status: statusOf(measures, settings, boughtBeforeWindow),
      kind: kindOf(jenis),
      tags: tagsOf(measures, { referrals: facts.referrals, boughtBeforeWindow }, settings),
      rfm: rfmForType(rfm[i], type.type),
      credit: creditLimitOf(
        type.type,
        // Only C's limit is read from their debts (DOMAIN 8): no list made for the others.
        type.type === 'C' ? creditAmounts(debtsByKey.get(measures.key) ?? [], windowStart) : [],
        measures.outstanding,
        settings,
      ),
    };
  });
}

/** Amounts of the debts made in the window; all of them when none was (an old open debt). */
function creditAmounts(debts: readonly Debt[], windowStart: Day): number[] {
  const inWindow = debts.filter((d) => d.day >= windowStart);
  return (inWindow.length > 0 ? inWindow : debts).map((d) => d.amount);
}
