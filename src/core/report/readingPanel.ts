/**
 * The reading report as the panel shows it: every line already in the user's words (the page
 * carries only a few of its own), with what each line's correction needs: the kind of sheet, the
 * role's field, or the unknown words to mark paid or unpaid. Plain JSON for google.script.run.
 */
import type { AssumptionKind } from '../read/assumptions';
import type { SheetKind } from '../read/schema';
import type { ReadingReport } from './readingReport';
import {
  assumptionLine,
  columnLine,
  exampleText,
  sheetLine,
  type ReadingLine,
  type ReadingWords,
} from './readingText';

export interface PanelWord {
  /** The word as the owner wrote it: what kataLunas / kataBelumLunas will hold. */
  word: string;
  /** Where it was found, for its choice's label. */
  label: string;
}

export interface ReadingPanel {
  /** Under the section's closed title: how many kinds of guess the run made. */
  hint: string;
  sheets: { kind: SheetKind; line: ReadingLine }[];
  columns: { kind: SheetKind; field: string; line: ReadingLine }[];
  assumptions: { kind: AssumptionKind; line: ReadingLine; fix: string; words: PanelWord[] }[];
}

export function readingPanel(report: ReadingReport, r: ReadingWords): ReadingPanel {
  const guesses = report.assumptions.filter((a) => a.count > 0);
  return {
    hint: r.guessesHint(guesses.length),
    sheets: report.sheets.map((s) => ({ kind: s.kind, line: sheetLine(s, r) })),
    columns: report.columns.map((c) => ({ kind: c.kind, field: c.field, line: columnLine(c, r) })),
    assumptions: report.assumptions.map((a) => ({
      kind: a.kind,
      line: assumptionLine(a, r),
      // A line with nothing counted needs no correction.
      fix: a.count > 0 ? r.fixes[a.kind] : '',
      words:
        a.kind === 'unknownWords'
          ? a.examples.map((e) => ({ word: e.cell, label: `${exampleText(e, r)} · ${r.wordAs}` }))
          : [],
    })),
  };
}
