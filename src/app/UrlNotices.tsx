import { useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { appMessages } from './strings';
import { shortenForNotice, type UrlNotice } from './url-state';

/**
 * Says which link parameters were invalid and ignored; the page works without them.
 * A value is quoted shortened, and wraps anywhere: a link can carry 10,000 characters.
 */
export function UrlNotices({ notices }: { notices: UrlNotice[] }) {
  const m = useMessages(appMessages);
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <div className="notice notice-warning url-notice" role="status" data-testid="url-notice">
      <ul>
        {notices.map((n, i) => (
          <li key={`${i}-${n.param}`}>{m.urlNotice(n.param, shortenForNotice(n.value))}</li>
        ))}
      </ul>
      <button type="button" className="button-quiet" onClick={() => setDismissed(true)}>
        {m.dismiss}
      </button>
    </div>
  );
}
