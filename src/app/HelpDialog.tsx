import { Fragment } from 'react';
import { useMessages } from '@/ui/i18n';
import { Dialog } from './Dialog';
import { SHORTCUT_ACTIONS, SHORTCUT_KEYS } from './shortcuts';
import { appMessages } from './strings';

/** The `?` overlay: every demo shortcut and what it does. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const m = useMessages(appMessages);
  return (
    <Dialog open={open} onClose={onClose} title={m.helpTitle} testId="shortcuts-dialog">
      <p className="muted">{m.helpLead}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{m.keyColumn}</th>
            <th scope="col">{m.actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action}>
              <td>
                {SHORTCUT_KEYS[action].map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && <span className="muted"> {m.or} </span>}
                    <kbd>{key}</kbd>
                  </Fragment>
                ))}
              </td>
              <td>{m.shortcut(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small-print">{m.pageKeysNote}</p>
    </Dialog>
  );
}
