import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layout of docs/decisions/0001-code-layout.md, enforced: shared code never reaches
// into features or the app, features never reach into the app, and mocks stay out of
// the product (except the development-only start-up in main.tsx).
const boundaries = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: ['./src/components', './src/lib', './src/config'],
          from: ['./src/features', './src/app'],
          message: 'Shared code must not depend on features or the app.',
        },
        {
          target: './src/features',
          from: './src/app',
          message: 'Features must not depend on the app shell or routes.',
        },
        {
          target: './src/features/!(feed)/**',
          from: './src/features/feed/api/fetch-feed-page.ts',
          message: 'Read the feed through its queries, never fetch it directly.',
        },
        {
          target: ['./src/app', './src/features', './src/components', './src/lib', './src/config'],
          from: './mocks',
          message: 'The product must not import mocks.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver()] },
    rules: {
      ...boundaries,
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only api/ modules fetch (see docs/decisions).' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: [
      'src/features/*/api/**',
      'tests/**',
      'mocks/**',
      'scripts/**',
      'bench/**',
      '**/*.test.{ts,tsx}',
    ],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['*.config.{js,ts}', 'scripts/**', 'bench/**', 'tests/e2e/**', 'mocks/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
);
