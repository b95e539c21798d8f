/**
 * The first screen (the header and the top of the first lesson) is plain HTML in
 * index.html, written at build time (scripts/first-screen-plugin.ts), in both
 * languages. Before it is painted, these functions run inline in the page's
 * <head> and choose what the app itself will choose once its code has arrived:
 * the language, the theme, presenter mode, and whether the first lesson is on
 * the page at all. The plugin inlines their source (Function.prototype.toString),
 * so they must stay self-contained: no imports, no names from outside their
 * bodies. first-paint.test.ts checks that they agree with the app (url-state.ts,
 * language.ts, preferences.ts).
 */

export interface FirstPaint {
  lang: 'en' | 'ko';
  theme: 'light' | 'dark';
  presenter: boolean;
  /** False when a link's `sections=` leaves the first lesson out. */
  firstLesson: boolean;
}

/** What the app will show first, from the link, the stored choices and the browser's preferences. */
export function firstPaintChoice(
  search: string,
  storedLang: string | null,
  storedTheme: string | null,
  languages: readonly string[],
  prefersDark: boolean,
): FirstPaint {
  const params = new URLSearchParams(search);
  const linkLang = params.get('lang');
  const lang =
    linkLang === 'en' || linkLang === 'ko'
      ? linkLang
      : storedLang === 'en' || storedLang === 'ko'
        ? storedLang
        : languages.some((l) => l.toLowerCase().startsWith('ko'))
          ? 'ko'
          : 'en';
  const linkTheme = params.get('theme');
  const theme =
    linkTheme === 'light' || linkTheme === 'dark'
      ? linkTheme
      : storedTheme === 'light' || storedTheme === 'dark'
        ? storedTheme
        : prefersDark
          ? 'dark'
          : 'light';
  const presenterParam = params.get('presenter');
  // A list the app accepts (every id known) leaves the first lesson out unless it names it.
  const known = ['classification', 'softmax', 'cross-entropy', 'data', 'train', 'mistakes', 'calibration', 'draw'];
  const sections = params.get('sections')?.split(',');
  const sectionsApply = sections !== undefined && sections.every((id) => known.includes(id));
  return {
    lang,
    theme,
    presenter: presenterParam === '1' || presenterParam === 'true',
    firstLesson: !sectionsApply || sections.includes('classification'),
  };
}

/** Reads the browser's state, chooses with firstPaintChoice and writes the choice to <html>. */
export function applyFirstPaint(): void {
  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // Storage can be blocked (private mode); the app falls back the same way.
    }
  };
  const choice = firstPaintChoice(
    location.search,
    read('softmax-lab.lang'),
    read('softmax-lab.theme'),
    navigator.languages ?? [navigator.language],
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches,
  );
  const root = document.documentElement;
  root.lang = choice.lang;
  root.dataset.theme = choice.theme;
  root.dataset.presenter = String(choice.presenter);
  if (!choice.firstLesson) root.dataset.firstLesson = 'hidden';
}

/**
 * Starts the app's code once the first screen has been painted. A browser that has
 * the page's module script at hand may run it (a long task on a phone) before it
 * paints anything; started a frame later, the first screen is on the screen first.
 * A tab in the background paints no frames: then the fallback starts it.
 */
export function loadAfterFirstPaint(entry: string, preloads: readonly string[], fallbackMs: number): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, fallbackMs);
}
