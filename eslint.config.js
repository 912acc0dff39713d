// One linter, type-aware: catches un-awaited promises and unsafe any at the edges.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'web-dist/', 'node_modules/', 'bench/.vault/', 'test-output/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // node:test's test() and describe() return promises the runner awaits itself.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // The core is pure: no file system, no network, no clock.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'child_process', '../../cli/*', '../../edge/*', '../../store/*', '../../server/*'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core takes time as a parameter.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core takes time as a parameter.' }],
    },
  },
);
