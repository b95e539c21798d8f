import { useEffect, useState, type ReactNode } from 'react';
import { LANGS, useMessages, type Lang } from '@/ui/i18n';
import { Brand } from './Brand';
import { appMessages } from './strings';
import type { SectionId } from './url-state';

interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  sections: readonly SectionId[];
  /** The section in view, marked aria-current in the navigation. */
  current?: SectionId | null;
  /** Controls shown after the language switch. */
  tools?: ReactNode;
}

const LANG_LABELS: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function Header({ lang, onLangChange, sections, current, tools }: HeaderProps) {
  const m = useMessages(appMessages);
  const [header, setHeader] = useState<HTMLElement | null>(null);
  useHeaderHeightVariable(header);
  // On a phone the sections and tools fold into one menu, so the header stays one short row.
  const [menuOpen, setMenuOpen] = useState(false);
  useCloseOnOutside(header, menuOpen, () => setMenuOpen(false));
  return (
    <header ref={setHeader} className="app-header">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <Brand />
      <button
        type="button"
        className="menu-toggle button-secondary"
        aria-expanded={menuOpen}
        aria-controls="header-menu"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <svg className="tool-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="menu-current">{current ? m.section(current) : m.menu}</span>
        <span className="visually-hidden">{m.menuHint}</span>
      </button>
      <div
        id="header-menu"
        className="header-menu"
        data-open={menuOpen}
        // A section link or a tool used from the folded menu closes it.
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setMenuOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) setMenuOpen(false);
        }}
      >
      <nav aria-label={m.navLabel} className="section-nav">
        <ul>
          {sections.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={id === current ? 'true' : undefined}>
                {m.section(id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools" role="group" aria-label={m.toolsLabel}>
        <label className="visually-hidden" htmlFor="lang-select">
          {m.language}
        </label>
        <select id="lang-select" value={lang} onChange={(e) => onLangChange(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {LANG_LABELS[l]}
            </option>
          ))}
        </select>
        {tools}
      </div>
      </div>
    </header>
  );
}

/** Closes the folded menu when the student taps or focuses anywhere outside the header. */
function useCloseOnOutside(header: HTMLElement | null, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!header || !open) return;
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !header.contains(event.target)) close();
    };
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [header, open, close]);
}

/**
 * Publishes the sticky header's height as --header-height on <html>, which sets
 * scroll-padding-top: a section reached by a link or a #hash lands just under
 * the header however tall it is (presenter mode wraps it onto two rows on
 * narrow screens).
 */
function useHeaderHeightVariable(header: HTMLElement | null): void {
  useEffect(() => {
    if (!header) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height) root.style.setProperty('--header-height', `${Math.ceil(height)}px`);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}
