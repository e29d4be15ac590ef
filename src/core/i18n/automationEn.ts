/** The words of automationId.ts in English: the same keys (checked by the compiler). */
import type { AutomationCatalogue } from './automationId';

const two = (hour: number) => String(hour).padStart(2, '0');

export const automationEn: AutomationCatalogue = {
  auto: {
    lastLine: (at, outcome) => `Last automatic update: ${at}, ${outcome}`,
    scheduled: (hour) =>
      `Automatic update: every day between ${two(hour)}:00 and ${two((hour + 1) % 24)}:00; it has not run yet.`,
    off: 'Automatic update: off. Turn it on in Segmentasi › Buka panel › Pengaturan.',
    outcomes: {
      done: 'done',
      stopped: 'stopped before the time limit; the rest goes first at the next update',
      busy: 'did not run because another segmentation was running at the time',
      noAuth:
        'did not run because permission was not given; open Segmentasi › Buka panel once and save Pengaturan',
      failed: (why) => `failed: ${why}`,
    },
    cannotInstall: (why) => `The automatic update cannot be set up: ${why}`,
  },
  runStatus: {
    lastRun: (at, automatic, outcome) =>
      `Last run: ${at}${automatic ? ' (automatic update)' : ''}, ${outcome}.`,
    outcomes: {
      done: 'done',
      stopped: 'stopped before the time limit',
      failed: 'failed',
    },
    referenceLabel: 'Reference date (name TanggalAcuan for formulas)',
    nameTaken: (where) =>
      `The name "TanggalAcuan" is already yours for ${where}; it was left alone, so formulas using it still read that cell.`,
  },
  storage: {
    noProperties:
      "The spreadsheet's settings storage is not available here. Open your spreadsheet and run it from the Segmentasi menu.",
    noLock:
      'The spreadsheet cannot be locked here, so nothing was run (two runs must not write at once). ' +
      'Open your spreadsheet and run it from the Segmentasi menu.',
    contactBusy: 'A segmentation is running, so "Sudah dihubungi" was not recorded. Try again in a moment.',
    noStoredList:
      'No list yet. Press "Jalankan segmentasi" in Ringkasan first: this list is made by the latest segmentation.',
  },
  formulaTime: {
    tooSlow: (seconds) =>
      `This formula was stopped after ${seconds} seconds: the data is too large for a formula (Google stops formulas ` +
      `after 30 seconds). Use Segmentasi › Jalankan segmentasi: the same results are written to the sheet "Segmentasi Pelanggan".`,
  },
};
