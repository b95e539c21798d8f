import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The architecture, enforced: imports run math ← data ← train ← workers,
// data ← storage, and math ← browser ← ui ← features ← app. TensorFlow.js stays inside src/train and src/workers.
// src/domain (the training configuration, what a run reports, the playground's limits) imports
// nothing and every layer may read it.
const TFJS = ['@tensorflow/*'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'recharts', 'katex'];

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * One `no-restricted-imports` per group of files (in flat config the last matching
 * object's rule wins, so each file gets exactly one, with every pattern that binds
 * it): the layer's forbidden imports, plus relative paths that climb out of the
 * file's own layer or feature, where `../train/step` would slip past `@/train/*`.
 */
const zone = (layerGlob, patterns, message) => {
  const bind = (files, climbing) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: patterns, message },
            { group: [climbing], message: 'A relative import may not leave its layer or feature: import it by its @/ path.' },
          ],
        },
      ],
    },
  });
  return [bind([`${layerGlob}/*.{ts,tsx}`], '../*'), bind([`${layerGlob}/*/**/*.{ts,tsx}`], '../../*')];
};
const uiSide = [...TFJS, '@/train/*', '@/workers/*.worker*'];

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
  ...zone('src/domain', [...TFJS, ...REACT, '@/math/*', '@/data/*', '@/storage/*', '@/state/*', '@/train/*', '@/workers/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/domain is the contract every layer reads: plain types and constants, it imports nothing but itself.'),
  ...zone('src/math', [...TFJS, ...REACT, '@/data/*', '@/state/*', '@/train/*', '@/workers/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/math is pure TypeScript: it imports nothing but itself and the src/domain contract.'),
  ...zone('src/data', [...TFJS, ...REACT, '@/state/*', '@/train/*', '@/workers/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/data may import only src/math: it runs in workers and in Vitest.'),
  // The browser's storage (IndexedDB, Cache Storage): no UI, reads the data layer.
  ...zone('src/storage', [...TFJS, ...REACT, '@/state/*', '@/train/*', '@/workers/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/storage keeps things in the browser for the page: it imports only src/math and src/data.'),
  // The playground model: pure TypeScript too, but for the Lang type and the dataset's class names.
  ...zone('src/state', [...TFJS, ...REACT, '@/train/*', '@/workers/*', '@/browser/*', '@/ui/*', '!@/ui/i18n', '@/features/*', '@/app/*'],
    'src/state is the playground model: no React, no TensorFlow.js, no lessons.'),
  // src/train reads its configuration and reports in src/domain's types; the worker protocol wraps them, not the reverse.
  ...zone('src/train', [...REACT, '@/state/*', '@/workers/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/train knows nothing of the UI or of the worker that drives it.'),
  ...zone('src/workers', [...REACT, '@/state/*', '@/browser/*', '@/ui/*', '@/features/*', '@/app/*'],
    'Workers dispatch to src/train; they know nothing of the UI.'),
  // The page's scheduling and input tracking, and what else the browser gives that draws nothing
  // (when the student last used the page, idle time, the delays that defer work, one shared
  // IntersectionObserver, the header's line, downloads): no React, no TensorFlow.js, no lessons.
  ...zone('src/browser', [...TFJS, ...REACT, '@/data/*', '@/storage/*', '@/state/*', '@/train/*', '@/workers/*', '@/ui/*', '@/features/*', '@/app/*'],
    'src/browser is the page\'s scheduling and browser plumbing: no React, no TensorFlow.js, no UI or lessons.'),
  ...zone('src/ui', [...uiSide, '@/features/*', '@/app/*'],
    'Shared UI pieces are presentational: no TensorFlow.js, no features.'),
  ...zone('src/app', uiSide, 'The app composes the lessons; TensorFlow.js and src/train stay behind the worker.'),
  // Each lesson stands alone: it never imports another (the app composes them). One exception:
  // the training step's source, as text (`?raw`), so the lesson shows the code that runs.
  ...FEATURES.flatMap((feature) =>
    zone(
      `src/features/${feature}`,
      [...uiSide, '!@/train/step.ts?raw', '@/app/*', ...FEATURES.filter((other) => other !== feature).map((other) => `@/features/${other}/*`)],
      'Features never call TensorFlow.js (they talk to the worker through its protocol), never import the app, and never import each other.',
    ),
  ),
);
