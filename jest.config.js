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
  testTimeout: 120_000,
};
