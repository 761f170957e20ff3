/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // The obsidian package ships types only; tests run against the fake under test/fake-obsidian.
  moduleNameMapper: { '^obsidian$': '<rootDir>/test/fake-obsidian/index.ts' },
};
