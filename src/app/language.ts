import { isLang, type Lang } from '@/ui/i18n';

const STORAGE_KEY = 'softmax-lab.lang';

/** The link's language wins, then the one the student chose before, then the browser's. */
export function initialLanguage(fromUrl: Lang | undefined): Lang {
  if (fromUrl) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes); fall through.
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  return preferred.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembering is acceptable; the link still carries ?lang=.
  }
}
