import { useMessages } from '@/ui/i18n';
import { appMessages } from './strings';

/** The app's mark and name, as the header shows them (and the first screen built into index.html). */
export function Brand() {
  const m = useMessages(appMessages);
  return (
    <div className="brand">
      {/* The favicon's three rising bars, in the theme's colours. */}
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" fill="var(--accent)" />
        <rect x="6" y="18" width="5" height="8" fill="var(--accent-contrast)" />
        <rect x="13.5" y="12" width="5" height="14" fill="var(--accent-contrast)" />
        <rect x="21" y="6" width="5" height="20" fill="var(--highlight)" />
      </svg>
      <div>
        <h1 className="brand-name">{m.appName}</h1>
        <p className="brand-tagline">{m.tagline}</p>
      </div>
    </div>
  );
}
