/**
 * Jest for mutation testing: the core's own tests only. The bundle, menu, command line and corpus
 * tests run the built artifacts (dist/, build/), which a mutant of src/ does not reach.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/core'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { isolatedModules: true, tsconfig: { module: 'commonjs', moduleResolution: 'node10' } },
    ],
  },
};
