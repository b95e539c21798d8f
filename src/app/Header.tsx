import { LANGS, useMessages, type Lang } from '@/ui/i18n';
import { appMessages } from './strings';
import type { SectionId } from './url-state';

interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  sections: readonly SectionId[];
}

const LANG_LABELS: Record<Lang, string> = { en: 'English', ko: '한국어' };

export function Header({ lang, onLangChange, sections }: HeaderProps) {
  const m = useMessages(appMessages);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1 className="brand-name">{m.appName}</h1>
          <p className="brand-tagline">{m.tagline}</p>
        </div>
      </div>
      <nav aria-label={m.navLabel} className="section-nav">
        <ul>
          {sections.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{m.section(id)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
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
      </div>
    </header>
  );
}
