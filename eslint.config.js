// Lint is where the architecture's boundaries are enforced, not conventions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Main-process services never import Electron: they take ports, so the CLI and tests run them.
  {
    files: ['main/**/*.ts'],
    ignores: [
      'main/index.ts',
      'main/window.ts',
      'main/protocol.ts',
      'main/ipc/**',
      'main/platform/electron-*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Services take ports; only main/index, window, protocol, ipc/ and platform/electron-* touch Electron.',
            },
          ],
          // The locale files are data, the one source of user-facing text: main words OS notifications with them.
          patterns: [
            {
              regex: '(^|/)renderer/(?!i18n/locales/[a-z]+/[\\w-]+\\.json$)',
              message: 'main/ never imports the renderer (its locale files excepted).',
            },
          ],
        },
      ],
    },
  },
  // Only main/ipc/ may touch ipcMain.
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    ignores: ['main/ipc/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain'],
              message: 'Only main/ipc/ registers IPC handlers.',
            },
          ],
        },
      ],
    },
  },
  // The contract is pure: zod only.
  {
    files: ['preload/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\./).*', message: 'preload/contract imports only zod and itself.' },
          ],
        },
      ],
    },
  },
  // The renderer: no Node, no Electron, no main/; the contract for types only.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer has no Electron; use a use-*.ts hook.' },
            ...nodeBuiltins
              .filter((n) => !n.includes('*'))
              .map((name) => ({ name, message: 'No Node in the renderer.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'No Node in the renderer.' },
            {
              group: ['**/main/**'],
              message: 'The renderer talks to main only through the preload API.',
            },
            {
              group: [
                '**/preload/contract/**',
                '!**/preload/contract/constants.js',
                '!**/preload/contract/texts.js',
                '!**/preload/contract/finding-codes.js',
                '!**/preload/contract/url-rules.js',
                '!**/preload/contract/sp-url-checks.js',
                '!**/preload/contract/entra-rules.js',
                '!**/preload/contract/connection-rules.js',
                '!**/preload/contract/health-rules.js',
              ],
              allowTypeImports: true,
              message:
                'The renderer imports the contract for types only (values: contract/constants.ts).',
            },
            {
              group: ['**/preload/*', '!**/preload/contract'],
              message: 'The renderer uses window.docbits through hooks.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'docbits',
          message: 'Call window.docbits only inside use-*.ts hooks.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/use-*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
