import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The architecture, enforced: imports run math ← data ← train ← workers and
// math ← ui ← features ← app. TensorFlow.js stays inside src/train and src/workers.
const TFJS = ['@tensorflow/*'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'recharts', 'katex'];

const zone = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='react'] > ImportSpecifier[imported.name='memo']",
          message: 'The React Compiler (vite.config.ts) memoizes every component and element: memo() adds nothing.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  zone(['src/math/**'], [...TFJS, ...REACT, '@/data/*', '@/train/*', '@/workers/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/math is pure TypeScript: it imports nothing but itself.'),
  zone(['src/data/**'], [...TFJS, ...REACT, '@/train/*', '@/workers/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/data may import only src/math: it runs in workers and in Vitest.'),
  // src/train may read the worker protocol (types and defaults only), never the worker itself.
  zone(['src/train/**'], [...REACT, '@/workers/*', '!@/workers/protocol', '@/ui/*', '@/features/*', '@/app/*'],
    'src/train knows nothing of the UI.'),
  zone(['src/workers/**'], [...REACT, '@/ui/*', '@/features/*', '@/app/*'],
    'Workers dispatch to src/train; they know nothing of the UI.'),
  zone(['src/ui/**'], [...TFJS, '@/train/*', '@/workers/*.worker*', '@/features/*', '@/app/*'],
    'Shared UI pieces are presentational: no TensorFlow.js, no features.'),
  // One exception: the training step's source, as text (`?raw`), so the lesson shows the code that runs.
  zone(['src/features/**'], [...TFJS, '@/train/*', '!@/train/step.ts?raw', '@/workers/*.worker*', '@/app/*'],
    'Features never call TensorFlow.js (talk to the worker through its protocol) and never import the app.'),
);
