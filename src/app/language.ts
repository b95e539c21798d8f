import { isLang, type Lang } from '@/ui/i18n';

export const LANG_STORAGE_KEY = 'softmax-lab.lang';

/** The link's language wins, then the one the student chose before, then the browser's. */
export function initialLanguage(fromUrl: Lang | undefined): Lang {
  if (fromUrl) return fromUrl;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes); fall through.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return chooseLanguage(undefined, stored, preferred);
}

/** initialLanguage's choice, from what it read. */
export function chooseLanguage(fromUrl: Lang | undefined, stored: unknown, preferred: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  if (isLang(stored)) return stored;
  return preferred.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembering is acceptable; the link still carries ?lang=.
  }
}
