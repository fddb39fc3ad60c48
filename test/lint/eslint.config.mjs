/**
 * ESLint for the project (run from the project root: `eslint -c test/lint/eslint.config.mjs`):
 * TypeScript, Lit templates (eslint-plugin-lit), custom-element practice (eslint-plugin-wc) and
 * accessibility in templates (eslint-plugin-lit-a11y). Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import globals from 'globals';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results/**', 'src/wordpress/**/*.js', '**/*.php'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: [
      '**/*.mjs',
      'vite.config.ts',
      'test/scripts/**',
      'test/bench/**',
      'test/wordpress/**',
      'test/server/**',
      'test/host/*.mjs',
      'demo/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests assert with chai's property chains (`expect(x).to.be.true`) and build hostile input on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
