/** People in the customer sheet with no purchase and no debt: prospects or suspects (DOMAIN 5). */
import type { CustomerResult, Prospect } from '../analysis';
import { kindOf } from '../models/kinds';
import { rungWithoutPurchase } from '../models/ladder';
import type { CustomerRecord } from '../read/customerRows';

export function prospectsOf(
  profiles: readonly CustomerRecord[],
  byKey: ReadonlyMap<string, CustomerResult>,
  twoPhones: ReadonlySet<string>,
): Prospect[] {
  const prospects: Prospect[] = [];
  const seen = new Set<string>();
  for (const p of profiles) {
    if (byKey.has(p.key) || seen.has(p.key)) continue;
    seen.add(p.key);
    prospects.push({
      name: p.name,
      phone: twoPhones.has(p.key) ? '' : p.phone,
      row: p.row,
      ladder: rungWithoutPurchase(p.phone),
      kind: kindOf(p.kind),
      profile: p,
    });
  }
  return prospects;
}
