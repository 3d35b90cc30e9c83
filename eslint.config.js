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

// These blocks replace the client block's import rule for their folders, so they repeat its list.
const underTheScreens = (more) => ({
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
        ...more,
      ],
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
    files: ['client/src/sync/**', 'client/src/store/**'],
    rules: underTheScreens([]),
  },
  {
    // sync/ is framework-free: the hook that opens a session lives with the feature.
    files: ['client/src/sync/**'],
    rules: underTheScreens([
      { group: ['react', 'react-dom'], message: 'sync/ has no React; hooks live in features/.' },
    ]),
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
