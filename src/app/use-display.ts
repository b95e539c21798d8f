import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { chooseTheme, readStoredTheme, rememberTheme, systemPrefersDark, type Theme } from './preferences';
import { applyThemeColor } from './theme-color';

export interface Display {
  theme: Theme;
  toggleTheme: () => void;
  presenter: boolean;
  togglePresenter: () => void;
}

/**
 * Theme and presenter mode, written to <html> as data-theme and data-presenter
 * (styles.css keys its tokens and scale on them). Layout effects, so the first
 * paint already has the right colours.
 */
export function useDisplay(linked: { theme?: Theme; presenter?: boolean }): Display {
  const [theme, setTheme] = useState<Theme>(() => chooseTheme(linked.theme, readStoredTheme(), systemPrefersDark()));
  const [chosen, setChosen] = useState(() => linked.theme !== undefined || readStoredTheme() !== null);
  const [presenter, setPresenter] = useState(linked.presenter ?? false);

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
    applyThemeColor(theme);
  }, [theme]);
  useLayoutEffect(() => {
    document.documentElement.dataset.presenter = String(presenter);
  }, [presenter]);

  // Until the student picks a theme, follow the system as it changes (night mode at sunset).
  useEffect(() => {
    if (chosen || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setTheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [chosen]);

  const toggleTheme = useCallback(() => {
    setChosen(true);
    setTheme((current) => {
      const next = current === 'dark' ? 'light' : 'dark';
      rememberTheme(next);
      return next;
    });
  }, []);
  const togglePresenter = useCallback(() => setPresenter((on) => !on), []);

  return { theme, toggleTheme, presenter, togglePresenter };
}
