import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.output-e2e/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
      // Page-derived HTML never reaches the sidebar: text only (DESIGN.md, privacy).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use textContent, never innerHTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never assign HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
