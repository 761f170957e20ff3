// Obsidian's recommended rules for everything; Node code (CLI, bench, scripts, tests) may use Node built-ins.
import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
  { ignores: ['node_modules/', 'main.js', 'dist/', 'build/', 'artifacts/', 'coverage/', 'examples/'] },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'jest.config.cjs', 'jest.e2e.config.cjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['src/node/**/*.ts', 'src/cli.ts', 'bench/**/*.ts', 'test/**/*.ts', 'scripts/**/*.mjs', '*.mjs', '*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    // The CLI reads a vault on disk where Obsidian's configured folder is unknown, so it assumes the default.
    rules: { 'obsidianmd/no-nodejs-modules': 'off', 'import/no-nodejs-modules': 'off', 'obsidianmd/hardcoded-config-path': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    // Tests run in Node against the fake app: popout windows and the trash setting do not exist there.
    rules: { 'obsidianmd/prefer-window-timers': 'off', 'obsidianmd/prefer-file-manager-trash-file': 'off' },
  },
  {
    // The fake obsidian module implements createEl and friends, so it must build elements natively.
    files: ['test/fake-obsidian/dom.ts'],
    rules: { 'obsidianmd/prefer-create-el': 'off' },
  },
]);
