// ESLint: TypeScript rules everywhere, plus the import direction of DESIGN.md:
// client → shared, server → shared, tests → *; shared imports nothing of the repo, DOM or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noImport = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group,
        message: 'Imports go one way (DESIGN.md): client → shared, server → shared, tests → *.',
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: noImport([
      [
        '**/client/**',
        '**/server/**',
        '**/tests/**',
        '@orderlane/*',
        'node:*',
        'fs',
        'path',
        'react',
        'react-dom',
      ],
    ]),
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: noImport([
      [
        '**/client/**',
        '**/tests/**',
        '@orderlane/client',
        '@orderlane/tests',
        'react',
        'react-dom',
      ],
    ]),
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImport([
        ['**/server/**', '**/tests/**', '@orderlane/server', '@orderlane/tests', 'node:*'],
      ]),
    },
  },
  {
    // The client's engine and state sit under its screens: sync/ and store/ know no feature.
    // (This block replaces the client's list for these folders, so it repeats it.)
    files: ['client/src/sync/**', 'client/src/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noImport([
              ['**/server/**', '**/tests/**', '@orderlane/server', '@orderlane/tests', 'node:*'],
            ])['no-restricted-imports'][1].patterns,
            {
              group: ['**/features/**'],
              message: 'sync/ and store/ sit under the screens: they import no feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
