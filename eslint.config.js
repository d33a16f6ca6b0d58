// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that must never cross a root boundary (ARCHITECTURE §2.1). A wrong import fails CI. */
const NODE_BUILTINS = {
  group: ['node:*'],
  message: 'src-shared and src-renderer run in a browser: no node:* imports.',
};
const ELECTRON = { name: 'electron', message: "Only src-main/electron/ may import 'electron'." };

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'bench/tmp/**',
      'src-main/db/migrations/index.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-main/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs,js}'],
    ignores: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON] }] },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON, { name: 'react', message: 'src-shared has no React.' }],
          patterns: [
            NODE_BUILTINS,
            { group: ['react', 'react-dom', 'react-dom/*', '@mui/*'], message: 'src-shared has no React.' },
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared imports only itself.' },
            {
              group: ['fs', 'path', 'crypto', 'os', 'child_process', 'http', 'better-sqlite3', 'drizzle-orm*'],
              message: 'src-shared runs anywhere: no Node modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src-shared has no DOM.' },
        { name: 'document', message: 'src-shared has no DOM.' },
        { name: 'localStorage', message: 'src-shared has no DOM.' },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ELECTRON,
            { name: 'better-sqlite3', message: 'The renderer talks to the backend only via the bridge.' },
          ],
          patterns: [
            NODE_BUILTINS,
            { group: ['**/src-main/**', '**/src-main'], message: 'The renderer never imports from src-main.' },
            {
              group: ['fs', 'path', 'crypto', 'os', 'child_process', 'better-sqlite3', 'drizzle-orm*'],
              message: 'The renderer runs in a browser.',
            },
          ],
        },
      ],
    },
  },
);
