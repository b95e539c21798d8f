import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useMessages } from '@/ui/i18n';
import { appMessages } from './strings';
import './dialogs.css';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  testId?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native <dialog>: showModal() makes the page behind it
 * inert and Esc closes it; Tab and Shift+Tab also wrap inside it, so focus
 * never leaves for the browser's toolbar. Focus returns to the opener.
 */
export function Dialog({ open, onClose, title, children, testId }: DialogProps) {
  const m = useMessages(appMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="app-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={trapTab}
      // Esc fires "cancel" then "close"; either way the owner's state follows.
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === ref.current) onClose();
      }}
    >
      {open && (
        <div className="app-dialog-body">
          <div className="app-dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button-quiet" onClick={onClose}>
              {m.close}
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
