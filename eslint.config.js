// ESLint: TypeScript rules everywhere, plus the import directions of docs/architecture.md:
// client → shared, server → shared, tests → *; shared imports nothing of the repo, DOM or Node;
// inside shared, domain/ is plain data; inside the client, sync/ and store/ know no feature.
// A later block replaces an earlier block's rule for its files, so each layer's block lists
// everything its files may not import.
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
        message:
          'Imports go one way (docs/architecture.md): client → shared, server → shared, tests → *.',
      })),
    },
  ],
});

/** What nothing in shared/ imports: the other packages, the DOM's frameworks and Node. */
const OUTSIDE_SHARED = [
  '**/client/**',
  '**/server/**',
  '**/tests/**',
  '@orderlane/*',
  'node:*',
  'fs',
  'path',
  'react',
  'react-dom',
];

/** What nothing in client/ imports. */
const OUTSIDE_CLIENT = [
  '**/server/**',
  '**/tests/**',
  '@orderlane/server',
  '@orderlane/tests',
  'node:*',
];

/** Layers inside shared/: domain ← protocol, domain ← sync; domain is plain data, no Yjs. */
const sharedLayer = (forbidden, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: OUTSIDE_SHARED, message: 'shared imports nothing of the repo, DOM or Node.' },
        { group: forbidden, message },
      ],
    },
  ],
});

/** Layers inside client/: sync/ and store/ sit under the screens and import no feature. */
const underTheScreens = (more) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: OUTSIDE_CLIENT,
          message: 'the client imports nothing of the server, tests or Node.',
        },
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
    rules: noImport([OUTSIDE_SHARED]),
  },
  {
    files: ['shared/src/domain/**'],
    rules: sharedLayer(
      ['yjs', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*', '**/sync/**', '**/protocol/**'],
      'shared/src/domain is plain functions over plain data: Y.Doc code goes in sync/, wire types in protocol/.',
    ),
  },
  {
    files: ['shared/src/protocol/**'],
    rules: sharedLayer(
      ['**/sync/**'],
      'protocol/ describes messages; it imports domain/, never sync/.',
    ),
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
      ...noImport([OUTSIDE_CLIENT]),
    },
  },
  {
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
