import type { Theme } from './preferences';

/**
 * The colour of the browser's bar (and of the installed app's title bar): the
 * header's surface in each theme, as styles.css defines --surface. index.html
 * and public/manifest.webmanifest name the same colours for before the app starts.
 */
export const THEME_COLOR: Record<Theme, string> = { light: '#ffffff', dark: '#1b1f27' };

/** Points every theme-color meta tag (one per system scheme) at the theme the page shows. */
export function applyThemeColor(theme: Theme, doc: Pick<Document, 'querySelectorAll'> = document): void {
  for (const meta of doc.querySelectorAll('meta[name="theme-color"]')) meta.setAttribute('content', THEME_COLOR[theme]);
}
