import { useLayoutEffect, useRef } from 'react';
import type { DatasetState } from '@/data/types';
import { withCode } from '@/ui/code-text';
import { groupThousands } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { formatMegabytes, progressShare } from '../format';
import { dataMessages } from '../strings';

interface DatasetStatusProps {
  state: DatasetState;
  onLoad: () => void;
  onRetry: () => void;
}

/**
 * The dataset's status: the contract's plain token (`loading`, `ready`, `error`) in a
 * badge, and beside it what it means in the reader's language, a progress bar or the fix.
 */
export function DatasetStatus({ state, onLoad, onRetry }: DatasetStatusProps) {
  const m = useMessages(dataMessages);
  const showButton = state.status === 'idle' || state.status === 'error';
  const status = useRef<HTMLDivElement>(null);
  // The button goes once the data starts loading (by a click, or by itself when the section
  // comes into view). If it had focus, focus moves to what replaces it, not to the page's body.
  const buttonFocused = useRef(false);
  useLayoutEffect(() => {
    if (showButton || !buttonFocused.current) return;
    buttonFocused.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) status.current?.focus();
  }, [showButton]);

  return (
    <div
      ref={status}
      tabIndex={-1}
      role="group"
      aria-label={m.statusRegion}
      className={`data-status data-status-${state.status}`}
      data-testid="dataset-status-region"
    >
      <div className="row">
        <span className="data-status-badge num" data-testid="dataset-status">
          {state.status}
        </span>
        <StatusText state={state} />
        {showButton && (
          <button
            type="button"
            className={state.status === 'error' ? undefined : 'button-secondary'}
            onClick={state.status === 'error' ? onRetry : onLoad}
            onFocus={() => (buttonFocused.current = true)}
            // Focus that moves on (Tab, a click elsewhere) names where it went; a removed button's does not.
            onBlur={(event) => {
              if (event.relatedTarget) buttonFocused.current = false;
            }}
          >
            {state.status === 'error' ? m.retryButton : m.loadButton}
          </button>
        )}
      </div>
      {state.status === 'loading' && <LoadProgressBar loaded={state.progress.loadedBytes} total={state.progress.totalBytes} />}
    </div>
  );
}

function StatusText({ state }: { state: DatasetState }) {
  const m = useMessages(dataMessages);
  switch (state.status) {
    case 'idle':
      return <span className="muted">{m.idle}</span>;
    case 'loading':
      return <span aria-live="polite">{m.loading}</span>;
    case 'ready':
      return (
        <span aria-live="polite">
          {m.ready(groupThousands(state.data.train.count + state.data.test.count), state.loadSeconds.toFixed(2))}
        </span>
      );
    case 'error':
      return (
        <div role="alert" className="data-error" data-testid="dataset-error">
          <p>
            <strong>{m.error(state.kind, state.file)}</strong> {withCode(m.fix(state.kind))}
          </p>
          <details>
            <summary>{m.details}</summary>
            <code>{state.message}</code>
          </details>
        </div>
      );
  }
}

function LoadProgressBar({ loaded, total }: { loaded: number; total: number | null }) {
  const m = useMessages(dataMessages);
  const share = progressShare(loaded, total);
  const text = m.progress(formatMegabytes(loaded), total === null ? null : formatMegabytes(total));
  return (
    <div className="data-progress row">
      {/* Without a value the bar is indeterminate, which is honest while sizes are unknown. */}
      <progress aria-label={m.progressLabel} aria-valuetext={text} max={1} value={share ?? undefined} />
      <span className="num muted">{text}</span>
    </div>
  );
}
