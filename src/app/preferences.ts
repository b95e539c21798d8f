import { THEMES } from './url-state';

export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = 'softmax-lab.theme';

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/**
 * The link's theme wins, then the one the student chose before, then the
 * system's (prefers-color-scheme). Only an explicit choice is stored, so a
 * student who never chose keeps following the system.
 */
export function chooseTheme(fromUrl: Theme | undefined, stored: unknown, systemPrefersDark: boolean): Theme {
  if (fromUrl) return fromUrl;
  if (isTheme(stored)) return stored;
  return systemPrefersDark ? 'dark' : 'light';
}

export function readStoredTheme(): Theme | null {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : null;
  } catch {
    return null; // Storage can be blocked; the system preference applies.
  }
}

export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembering is acceptable.
  }
}

export const systemPrefersDark = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
