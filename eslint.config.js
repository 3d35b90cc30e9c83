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
    // The access rule lives once, in shared/src/domain/roles.ts (canWrite, canBeAssigned).
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/src/domain/roles.ts', '**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[left.value='viewer'], BinaryExpression[right.value='viewer']",
          message:
            "Ask shared's canWrite / canBeAssigned (domain/roles.ts), never compare with 'viewer'.",
        },
      ],
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
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
