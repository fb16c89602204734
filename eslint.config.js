// Lint rules, including the one boundary this codebase lives by: the simulation core (src/sim/)
// runs in Node and must never reach for Phaser, Howler, the DOM or presentation code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserOnlyGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node));

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-node/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.reports/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sim/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'src/sim/ is headless: no Phaser.' },
            { group: ['howler', 'howler/*'], message: 'src/sim/ is headless: no Howler.' },
            {
              group: [
                '**/ui',
                '**/ui/**',
                '**/scenes',
                '**/scenes/**',
                '**/map',
                '**/map/**',
                '**/audio',
                '**/audio/**',
                '**/app',
                '**/app/**',
                '**/cli',
                '**/cli/**',
              ],
              message: 'src/sim/ must not import presentation or CLI code.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/sim/ must run in the browser too.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^(phaser|howler)/]',
          message: 'src/sim/ is headless: no Phaser or Howler, not even loaded lazily.',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserOnlyGlobals.map((name) => ({ name, message: 'src/sim/ has no DOM.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in rng.ts.' },
        { object: 'Date', property: 'now', message: 'Time arrives as events in src/sim/.' },
        ...['document', 'window', 'navigator', 'localStorage', 'sessionStorage'].map(
          (property) => ({
            object: 'globalThis',
            property,
            message: 'src/sim/ has no DOM.',
          }),
        ),
      ],
    },
  },
);
