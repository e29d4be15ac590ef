/** The reading report's words the panel's page carries itself, in English: same keys as readingId.ts. */
import type { readingPanelId } from './readingId';

export const readingPanelEn: typeof readingPanelId = {
  title: 'How your book was read',
  correct: 'If something is wrong, change the choice next to it and Save; it applies from the next run.',
  wordChoices: { '': '— not chosen', lunas: 'paid', belumLunas: 'unpaid (on credit)' },
  noReport: 'Run the segmentation first: how your book was read shows here.',
};
