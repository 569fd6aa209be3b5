import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Imports flow one way: app -> features -> store -> core, and app/features -> components.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // core/ is pure TypeScript: it runs the same in Node, a worker and the browser.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      ...restrict([
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ has no React.' },
        { group: ['zustand', 'zustand/*', 'zundo'], message: 'core/ has no store.' },
        { group: ['**/store/**', '**/features/**', '**/components/**', '**/app/**', '**/worker/**'], message: 'core/ imports nothing above it.' },
      ]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'self', 'DOMParser', 'HTMLElement'].map(
          (name) => ({ name, message: 'core/ stays free of DOM and storage globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict([
      { group: ['**/features/**', '**/components/**', '**/app/**'], message: 'store/ imports only core/.' },
    ]),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/store/**', '**/features/**', '**/app/**'], message: 'components/ are presentational.' },
    ]),
  },
  {
    // The page's start-up bundle stays small: the aligner and its language tables load in the worker.
    files: ['src/{app,features,components,store}/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/align/index.ts', '**/core/lexicon/**'],
              allowTypeImports: true,
              message:
                'This brings the aligner and its language tables into the page: import the value from its own module (alignment runs in the worker).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['**/app/**'], message: 'features/ never import the shell.' },
      {
        regex: String.raw`^(\.\./(?!\.\.)[^/]+/|.*/features/)`,
        message: 'A feature never imports another feature.',
      },
    ]),
  },
);
