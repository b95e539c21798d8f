import { useId, useRef, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { Dialog } from './Dialog';
import { QrCode } from './QrCode';
import { appMessages } from './strings';
import { SECTION_IDS, type SectionId } from './url-state';

interface ShareDialogProps {
  open: boolean;
  onClose: () => void;
  link: string;
  sections: readonly SectionId[];
  onSectionsChange: (sections: readonly SectionId[]) => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The link to this exact page: copy it, show it as a QR code, choose its sections. */
export function ShareDialog({ open, onClose, link, sections, onSectionsChange }: ShareDialogProps) {
  const m = useMessages(appMessages);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<{ state: CopyState; link: string }>({ state: 'idle', link });
  const [keepOne, setKeepOne] = useState(false);
  // A confirmation belongs to the link it copied; a changed link needs copying again.
  const copyState = copy.link === link ? copy.state : 'idle';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy({ state: 'copied', link });
    } catch {
      // No clipboard permission (or an insecure context): select the text so Ctrl+C works.
      input.current?.select();
      setCopy({ state: 'failed', link });
    }
  };

  const toggleSection = (id: SectionId, shown: boolean) => {
    const next = shown ? [...sections, id] : sections.filter((s) => s !== id);
    setKeepOne(next.length === 0);
    if (next.length > 0) onSectionsChange(next);
  };

  return (
    <Dialog open={open} onClose={onClose} title={m.shareTitle} testId="share-dialog">
      <p className="muted">{m.shareLead}</p>
      <div className="share-link-row">
        <label htmlFor={inputId}>{m.linkLabel}</label>
        <input
          id={inputId}
          ref={input}
          type="text"
          readOnly
          value={link}
          data-testid="share-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copyLink}>
          {m.copyLink}
        </button>
      </div>
      <p role="status" className="share-copy-status" data-testid="copy-status">
        {copyState === 'copied' ? m.copied : copyState === 'failed' ? m.copyFailed : ''}
      </p>
      <div className="share-columns">
        <fieldset className="share-sections">
          <legend>{m.sectionsLegend}</legend>
          <p className="muted small-print">{m.sectionsHint}</p>
          {SECTION_IDS.map((id) => (
            <label key={id} className="check-row">
              <input
                type="checkbox"
                checked={sections.includes(id)}
                onChange={(e) => toggleSection(id, e.target.checked)}
              />
              {m.section(id)}
            </label>
          ))}
          {keepOne && (
            <p role="alert" className="field-error">
              {m.keepOneSection}
            </p>
          )}
        </fieldset>
        <figure className="share-qr">
          <QrCode text={link} label={m.qrLabel} tooLong={m.qrTooLong} />
          <figcaption className="muted small-print">{m.qrHint}</figcaption>
        </figure>
      </div>
    </Dialog>
  );
}
