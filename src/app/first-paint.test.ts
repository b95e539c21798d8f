// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appLoaderScript, firstPaintScript } from './first-screen-html';
import { applyFirstPaint, firstPaintChoice, loadAfterFirstPaint } from './first-paint';
import { chooseLanguage, LANG_STORAGE_KEY } from './language';
import { chooseTheme, THEME_STORAGE_KEY } from './preferences';
import { parseUrlState, SECTION_IDS } from './url-state';

/** Values a link, storage or browser may hold: valid ones, near misses and junk. */
const langValue = fc.constantFrom('en', 'ko', 'EN', 'ko-KR', 'fr', '', '%6Bo');
const themeValue = fc.constantFrom('light', 'dark', 'Dark', 'blue', '');
const presenterValue = fc.constantFrom('1', 'true', '0', 'false', 'yes', '');
const sectionsValue = fc.oneof(
  fc.subarray([...SECTION_IDS], { minLength: 1 }).map((ids) => ids.join(',')),
  fc.constantFrom('', 'softmax,nope', 'classification,', 'draw'),
);
const search = fc
  .record(
    { lang: langValue, theme: themeValue, presenter: presenterValue, sections: sectionsValue, logits: fc.constant('1,2,3') },
    { requiredKeys: [] },
  )
  .chain((params) => fc.shuffledSubarray(Object.entries(params), { minLength: Object.keys(params).length }))
  .map((entries) => `?${entries.map(([key, value]) => `${key}=${value}`).join('&')}`);
const stored = fc.option(fc.constantFrom('en', 'ko', 'light', 'dark', 'junk'), { nil: null });
const languages = fc.array(fc.constantFrom('en-US', 'ko-KR', 'ko', 'KO', 'de', 'fr-FR'), { maxLength: 3 });

describe('firstPaintChoice', () => {
  it('chooses what the app chooses, for any link, stored choice and browser', () => {
    fc.assert(
      fc.property(search, stored, stored, languages, fc.boolean(), (query, storedLang, storedTheme, preferred, dark) => {
        const { state } = parseUrlState(query);
        expect(firstPaintChoice(query, storedLang, storedTheme, preferred, dark)).toEqual({
          lang: chooseLanguage(state.lang, storedLang, preferred),
          theme: chooseTheme(state.theme, storedTheme, dark),
          presenter: state.presenter ?? false,
          firstLesson: (state.sections ?? SECTION_IDS).includes('classification'),
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('applyFirstPaint', () => {
  afterEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.firstLesson;
    vi.unstubAllGlobals();
  });

  it('reads the keys the app stores its choices under', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ko');
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    applyFirstPaint();
    expect(document.documentElement.lang).toBe('ko');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.presenter).toBe('false');
  });

  it('runs from its own source, as index.html inlines it', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    window.history.replaceState(null, '', '/?lang=ko&sections=softmax');
    new Function(firstPaintScript())();
    expect(document.documentElement.lang).toBe('ko');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(document.documentElement.dataset.firstLesson).toBe('hidden');
  });

  it('leaves the page to the app when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    window.history.replaceState(null, '', '/?lang=en');
    expect(() => applyFirstPaint()).not.toThrow();
    expect(document.documentElement.lang).toBe('en');
    vi.restoreAllMocks();
  });
});

describe('loadAfterFirstPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.head.querySelectorAll('script, link').forEach((element) => element.remove());
  });

  const moduleScripts = () => [...document.head.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
  const preloads = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

  it('starts the app once, after the first frame, with its preloads', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let frame: FrameRequestCallback | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback;
      return 1;
    });
    loadAfterFirstPaint('./assets/index.js', ['./assets/a.js', './assets/b.js'], 200);
    await vi.advanceTimersByTimeAsync(50);
    expect(moduleScripts()).toEqual([]); // no frame yet
    frame?.(performance.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(moduleScripts()).toEqual(['./assets/index.js']);
    expect(preloads()).toEqual(['./assets/a.js', './assets/b.js']);
    await vi.advanceTimersByTimeAsync(500); // the fallback finds it started
    expect(moduleScripts()).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('starts without a frame (a tab in the background) after the fallback', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    vi.stubGlobal('requestAnimationFrame', () => 0); // never called back
    new Function(appLoaderScript('./assets/index.js', []))();
    await vi.advanceTimersByTimeAsync(199);
    expect(moduleScripts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(moduleScripts()).toEqual(['./assets/index.js']);
    vi.unstubAllGlobals();
  });
});
