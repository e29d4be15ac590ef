/**
 * Jest for mutation testing: the core's own example tests. The bundle, menu, command line and
 * corpus tests run the built artifacts (dist/, build/), which a mutant of src/ does not reach; the
 * property tests touch every line and would rerun for each mutant (they run in npm test).
 */
// STRYKER_TESTS=customerType,models.test narrows the run to those test files: Jest loads every
// matched file for each mutant, so a small set is what makes a run on a shared machine bearable.
const only = (process.env.STRYKER_TESTS ?? '').split(',').filter(Boolean);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: only.length ? only.map((name) => `**/${name}*.test.ts`) : ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/core/properties/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { isolatedModules: true, tsconfig: { module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
};
