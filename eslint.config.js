// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layering (see docs/ARCHITECTURE.md): dependencies point inwards.
 *   domain  <- contracts <- db <- api ; web -> contracts only ; cli -> contracts, domain
 * Each rule carries the reason so the lint message explains itself.
 */
const IO_MODULES = ['node:*', 'fs', 'path', 'http', 'pg', 'drizzle-orm', 'drizzle-orm/*', '@electric-sql/*', 'fastify', 'fastify/*', 'react', 'react-dom'];
const layer = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**', 'packages/db/migrations/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'packages/cli/bin/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Fastify plugins and hooks are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name=/^(describe|it|test)$/][property.name='only']", message: 'No .only in committed tests: it silently skips the rest of the suite.' }],
    },
  },
  layer(['packages/domain/**'], [
    { group: ['@leerlus/*'], message: 'The domain layer is pure and innermost: it must not depend on contracts, db, api, web or cli.' },
    { group: IO_MODULES, message: 'The domain layer is pure (no I/O, no frameworks): pass data in, return data out.' },
  ]),
  layer(['packages/contracts/**'], [
    { group: ['@leerlus/db', '@leerlus/db/*', '@leerlus/api', '@leerlus/api/*', '@leerlus/web', '@leerlus/cli'], message: 'Contracts are shared by api, web and cli: they may only use zod and the domain types.' },
    { group: IO_MODULES, message: 'Contracts describe shapes only; no I/O or frameworks.' },
  ]),
  layer(['packages/db/**'], [
    { group: ['@leerlus/api', '@leerlus/api/*', '@leerlus/web', '@leerlus/cli'], message: 'The db layer sits below the API: it must not know about HTTP, the web app or the CLI.' },
  ]),
  layer(['apps/web/**'], [
    { group: ['@leerlus/domain', '@leerlus/domain/*', '@leerlus/db', '@leerlus/db/*', '@leerlus/api', '@leerlus/api/*', '@leerlus/cli'], message: 'The web app talks to the server only through @leerlus/contracts and its API client (src/api). Computation happens on the server.' },
    { group: ['node:*', 'pg', 'drizzle-orm', 'drizzle-orm/*', 'fastify'], message: 'The web app runs in the browser: no Node or server modules.' },
  ]),
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
