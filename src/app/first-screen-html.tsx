import { renderToStaticMarkup } from 'react-dom/server';
import { LANGS } from '@/ui/i18n';
import { applyFirstPaint, firstPaintChoice, loadAfterFirstPaint } from './first-paint';
import { FirstScreen } from './FirstScreen';

/**
 * What scripts/first-screen-plugin.ts writes into index.html at build time (never
 * bundled for the browser): the first screen in every language, and the inline
 * script that picks one before the first paint.
 */
export function firstScreenHtml(): string {
  return LANGS.map((lang) => withoutIds(renderToStaticMarkup(<FirstScreen lang={lang} />))).join('');
}

/**
 * The page has one copy per language and then the app's own: ids (and the
 * attributes that point at them) would be there twice. The first screen is
 * inert, so it needs none.
 */
export function withoutIds(html: string): string {
  return html.replace(/ (id|for|aria-controls|aria-labelledby|aria-describedby|data-testid)="[^"]*"/g, '');
}

export function firstPaintScript(): string {
  // Storage, matchMedia or an old browser may fail: the app then decides alone, a moment later.
  return `try{${firstPaintChoice.toString()};(${applyFirstPaint.toString()})()}catch(e){}`;
}

/** How long a page that paints no frame (a tab in the background) waits before starting the app. */
const START_FALLBACK_MS = 200;

/** The inline script that starts the app's code (`entry`, with its `preloads`) after the first paint. */
export function appLoaderScript(entry: string, preloads: readonly string[]): string {
  return `(${loadAfterFirstPaint.toString()})(${JSON.stringify(entry)},${JSON.stringify(preloads)},${START_FALLBACK_MS})`;
}
