// The mutation score per rule file from Stryker's JSON report:
// (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
import { existsSync, readFileSync } from 'node:fs';

const REPORT = 'reports/mutation/mutation.json';
export const RULE_FILES = {
  types: 'src/core/models/customerType.ts',
  debts: 'src/core/measure/debts.ts',
  measures: 'src/core/measure/measures.ts',
  'follow-up': 'src/core/models/followUp.ts',
  'follow-up entries': 'src/core/models/followUpDrafts.ts',
  cells: 'src/core/read/cells.ts',
  headers: 'src/core/read/headers.ts',
};

function tally(mutants) {
  const t = { killed: 0, survived: 0, noCoverage: 0, other: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed' || m.status === 'Timeout') t.killed++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else t.other++;
  }
  const detectable = t.killed + t.survived + t.noCoverage;
  return { ...t, score: detectable ? (100 * t.killed) / detectable : null };
}

if (!existsSync(REPORT)) {
  console.error(`${REPORT} is missing: run "npx stryker run" first.`);
  process.exit(1);
}
const files = JSON.parse(readFileSync(REPORT, 'utf8')).files;
const rows = [];
const all = [];
for (const [label, path] of Object.entries(RULE_FILES)) {
  const entry = Object.entries(files).find(([f]) => f.replace(/\\/g, '/').endsWith(path));
  if (!entry) {
    rows.push(`${label.padEnd(10)} ${path.padEnd(34)} (not in this report)`);
    continue;
  }
  const t = tally(entry[1].mutants);
  all.push(...entry[1].mutants);
  rows.push(
    `${label.padEnd(10)} ${path.padEnd(34)} ${t.score === null ? '  -  ' : t.score.toFixed(1).padStart(5)} %` +
      `  killed ${t.killed}, survived ${t.survived}, no coverage ${t.noCoverage}`,
  );
}
const total = tally(all);
console.log(rows.join('\n'));
if (total.score !== null) console.log(`rule files in this report: ${total.score.toFixed(1)} %`);
