/** Jest in ESM mode: ts-jest transpiles each file on its own; `tsc --noEmit` type-checks. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  // End-to-end tests share one docker engine and registry: run files one at a time.
  maxWorkers: 1,
  // Fails the run when it leaves docker images, containers, temp files or processes behind.
  globalSetup: '<rootDir>/test-support/jest-global-setup.ts',
  globalTeardown: '<rootDir>/test-support/jest-global-teardown.ts',
  testTimeout: 120_000,
};
