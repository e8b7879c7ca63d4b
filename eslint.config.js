import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.output-e2e/',
      '.output-bench/',
      '.wxt/',
      'node_modules/',
      'demo-output/',
      'test-results/',
      'bench/baseline/.output/',
      'bench/baseline/.wxt/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['lib/**', 'utils/**', 'components/**', 'entrypoints/**'],
    rules: {
      // Page-derived HTML never reaches the sidebar: text only (DESIGN.md, privacy).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Use textContent, never innerHTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='outerHTML']",
          message: 'Never assign HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never insert HTML.',
        },
      ],
    },
  },
  {
    // No regular expression that reads page text may backtrack super-linearly on adversarial
    // input (pages are hostile). Scanning cost is bounded separately: rules run per sentence, and
    // sentences are capped at MAX_SENTENCE_CHARS (lib/extract/sentences.ts).
    files: [
      'lib/**/*.ts',
      'cli/**/*.ts',
      'utils/**/*.{ts,tsx}',
      'components/**/*.tsx',
      'entrypoints/**/*.{ts,tsx}',
    ],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
