import { createServer, type Plugin, type ResolvedConfig } from 'vite';

/** Modules whose styles the first screen needs before its first paint (src/app/FirstScreen.tsx). */
const FIRST_SCREEN_MODULES = ['/src/features/classification/components/TaskPanel.tsx', '/src/ui/NotationNote.tsx'];

/**
 * Writes the first screen into the built index.html (issue 15): the header and
 * the top of the first lesson as static HTML, in both languages, with an inline
 * script that picks the student's language and theme before the first paint
 * (src/app/first-screen-html.tsx renders them with the app's own components).
 * A phone on a slow network shows text as soon as the HTML and CSS arrive,
 * instead of after the app's JavaScript has downloaded and run. The styles of
 * the lesson chunk it borrows from are linked (render-blocking, as index.css is),
 * and its code preloaded, so the app that replaces it looks the same and starts sooner.
 * The app's code itself starts a frame after the first paint (loadAfterFirstPaint):
 * a browser that already has it would otherwise run it before painting anything.
 * Build only: the dev server serves the page as the app draws it.
 */
export function firstScreenPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'softmax-lab:first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const server = await createServer({
          configFile: config.configFile,
          root: config.root,
          logLevel: 'silent',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        let markup: string;
        let script: string;
        let appLoader: (entry: string, preloads: readonly string[]) => string;
        try {
          const module = (await server.ssrLoadModule('/src/app/first-screen-html.tsx')) as {
            firstScreenHtml: () => string;
            firstPaintScript: () => string;
            appLoaderScript: (entry: string, preloads: readonly string[]) => string;
          };
          markup = module.firstScreenHtml();
          script = module.firstPaintScript();
          appLoader = module.appLoaderScript;
        } finally {
          await server.close();
        }
        if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div>');

        // The lesson chunks that hold the first screen's components: their styles and code.
        const links = new Set<string>();
        const bundle = context.bundle ?? {};
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
          if (!chunk.moduleIds.some((id) => FIRST_SCREEN_MODULES.some((path) => id.endsWith(path)))) continue;
          for (const css of chunk.viteMetadata?.importedCss ?? []) links.add(`<link rel="stylesheet" crossorigin href="./${css}">`);
          for (const file of [chunk.fileName, ...chunk.imports]) links.add(`<link rel="modulepreload" crossorigin href="./${file}">`);
        }
        const hrefOf = (tag: string) => tag.match(/(?:href|src)="([^"]+)"/)?.[1] ?? '';
        const added = [...links].filter((link) => !html.includes(hrefOf(link)));
        // The app's code and its preloads start after the first paint (first-paint.ts, loadAfterFirstPaint).
        const entryTag = html.match(/<script type="module" crossorigin src="[^"]+"><\/script>/)?.[0];
        if (!entryTag) throw new Error('the built index.html has no module script');
        const preloadTags = [...html.matchAll(/<link rel="modulepreload" crossorigin href="[^"]+">/g)].map((match) => match[0]);
        const preloads = [...preloadTags, ...added.filter((link) => link.includes('modulepreload'))].map(hrefOf);
        const styles = added.filter((link) => link.includes('stylesheet'));
        let page = html;
        for (const tag of [entryTag, ...preloadTags]) page = page.replace(new RegExp(`\\s*${escapeRegExp(tag)}`), '');
        return page
          .replace('</title>', `</title>\n    <script>${script}</script>`)
          .replace('</head>', `  ${styles.join('\n    ')}\n  </head>`)
          .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
          .replace('</body>', `  <script>${appLoader(hrefOf(entryTag), preloads)}</script>\n  </body>`);
      },
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
