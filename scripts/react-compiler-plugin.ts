import { transformAsync } from '@babel/core';
import { reactCompilerPreset } from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Runs the React Compiler (a Babel plugin) over the app's own modules, as
 * @vitejs/plugin-react's documentation does with @rolldown/plugin-babel. That package
 * declares Node ≥ 22.12 while this project runs on Node 20.19 and later (npm warned on
 * every install), so the same preset runs here through @babel/core directly, with the
 * preset's own filters: only modules that can hold components or hooks, only for the
 * browser, and react/compiler-runtime pre-bundled.
 */
export function reactCompiler(): Plugin {
  const { preset, rolldown } = reactCompilerPreset();
  return {
    name: 'softmax-lab:react-compiler',
    enforce: 'pre',
    config: () => ({ optimizeDeps: { include: rolldown.optimizeDeps?.include ?? [] } }),
    applyToEnvironment: (environment) => rolldown.applyToEnvironmentHook?.(environment) ?? true,
    transform: {
      filter: { id: { include: /\.[jt]sx?(?:$|\?)/, exclude: /[/\\]node_modules[/\\]/ }, code: rolldown.filter?.code },
      async handler(code, id) {
        const typescript = /\.tsx?(?:$|\?)/.test(id);
        const jsx = /x(?:$|\?)/.test(id);
        const result = await transformAsync(code, {
          filename: id,
          babelrc: false,
          configFile: false,
          presets: [preset],
          parserOpts: {
            sourceType: 'module',
            allowAwaitOutsideFunction: true,
            plugins: [...(typescript ? (['typescript'] as const) : []), ...(jsx ? (['jsx'] as const) : [])],
          },
          sourceMaps: true,
        });
        return result?.code ? { code: result.code, map: result.map } : null;
      },
    },
  };
}
