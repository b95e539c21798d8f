/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstScreenPlugin } from './scripts/first-screen-plugin.ts';
import { gzFilesAsIsPlugin } from './scripts/gz-files-as-is.ts';
import { reactCompiler } from './scripts/react-compiler-plugin.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// A relative base makes one build work from any static host and any sub-path
// (for example https://example.org/softmax-lab/), which classroom hosting needs.
export default defineConfig({
  base: './',
  // The app's version in exported run records (src/app-version.d.ts).
  define: { __APP_VERSION__: JSON.stringify(version) },
  // React Compiler memoizes every component and JSX element: while a logit is
  // dragged, only what shows a number that changed re-renders (measured with
  // scripts/bench-slider.mjs; hand-placed memo() covered only part of the page).
  plugins: [react(), reactCompiler(), gzFilesAsIsPlugin(), firstScreenPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
