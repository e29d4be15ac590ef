// Mutation testing of the pure core: `npm run mutate`, not part of `npm test`.
// On a 2-core machine run one or two rule files at a time, e.g.
//   npx stryker run --mutate src/core/read/headers.ts && node scripts/mutation-score.mjs
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  // Module-level tables (month names, multipliers) would rerun every test per mutant: left out,
  // reported as Ignored; the score counts the mutants inside functions.
  ignoreStatic: true,
  mutate: ['src/core/**/*.ts', '!src/core/i18n/**'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
