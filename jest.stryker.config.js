/**
 * Jest for mutation testing: the core's own example tests. The bundle, menu, command line and
 * corpus tests run the built artifacts (dist/, build/), which a mutant of src/ does not reach; the
 * property tests touch every line and would rerun for each mutant (they run in npm test).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/core/properties/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { isolatedModules: true, tsconfig: { module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
};
