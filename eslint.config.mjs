// Lint keeps the architecture: apps never import apps, libs are imported only through their
// entry point, and each infrastructure library is confined to the one lib that adapts it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const restricted = () => [
  'error',
  {
    paths: [
      { name: 'kafkajs', message: 'kafkajs is wrapped by @vahti/messaging; import from there.' },
      { name: 'typeorm', message: 'typeorm is wrapped by @vahti/persistence; import from there.' },
      { name: 'pg', message: 'pg is wrapped by @vahti/persistence; import from there.' },
      { name: 'pg-copy-streams', message: 'pg-copy-streams is wrapped by @vahti/persistence.' },
      { name: '@nestjs/microservices', message: 'Its Kafka server handles one message at a time; use @vahti/messaging.' },
      { name: 'zod', message: 'Schemas are TypeBox + Ajv (one JSON Schema source); do not add a second validator.' },
    ],
    patterns: [
      { group: ['@vahti/*/*'], message: 'Import a lib only through its entry point (@vahti/<lib>).' },
      // Any path into another app's source, however many ../ it takes to get there.
      { regex: '(^|/)(ingestor|evaluator|alerter)/src(/|$)', message: 'Apps never import other apps.' },
    ],
  },
];

const allow = (...names) => {
  const base = restricted()[1];
  return ['error', { ...base, paths: base.paths.filter((p) => !names.includes(p.name)) }];
};

const nestFree = {
  group: ['@nestjs/*', 'kafkajs', 'typeorm', 'pg', 'prom-client', 'node:fs', 'fs'],
  message: 'Domain libs are pure: data in, data out, no Nest and no I/O.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**', 'jest.config.js', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      curly: 'error',
      'no-restricted-imports': restricted(),
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through @vahti/config.' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['libs/messaging/**/*.ts'],
    // kafkajs' EachBatchPayload declares its callbacks as methods, but they are closures: destructuring is safe.
    rules: { 'no-restricted-imports': allow('kafkajs'), '@typescript-eslint/unbound-method': 'off' },
  },
  { files: ['libs/persistence/**/*.ts'], rules: { 'no-restricted-imports': allow('typeorm', 'pg', 'pg-copy-streams') } },
  {
    files: [
      'libs/contracts/src/**/*.ts',
      'libs/ingestion/src/**/*.ts',
      'libs/kpi/src/**/*.ts',
      'libs/simulation/src/**/*.ts',
      'libs/detection/src/**/*.ts',
      'libs/degradation/src/**/*.ts',
      'libs/root-cause/src/**/*.ts',
      'libs/alerting/src/**/*.ts',
      'libs/queueing/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { ...restricted()[1], patterns: [...restricted()[1].patterns, nestFree] }] },
  },
  {
    files: ['libs/config/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['test/**/*.ts', 'libs/testing/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': allow('kafkajs', 'pg'), 'max-lines': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', 'max-lines': 'off' },
  },
);
