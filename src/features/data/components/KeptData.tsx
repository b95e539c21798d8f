import { useState } from 'react';
import type { DatasetState, KeptDataState } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { formatMegabytes } from '../format';
import { keptDataMessages } from '../kept-strings';

interface KeptDataProps {
  kept: KeptDataState;
  state: DatasetState;
  onForget: () => void;
}

/** Whether the data is kept on this device, how much space it takes, and a way to delete it. */
export function KeptData({ kept, state, onForget }: KeptDataProps) {
  const m = useMessages(keptDataMessages);
  const [forgotten, setForgotten] = useState(false);
  if (kept.status === 'unsupported' || kept.status === 'unknown') return null;
  const text =
    kept.status === 'kept'
      ? m.kept(formatMegabytes(kept.bytes))
      : kept.status === 'saving'
        ? m.saving
        : kept.status === 'failed'
          ? kept.reason === 'quota'
            ? m.quota
            : m.unavailable
          : forgotten
            ? m.forgotten
            : m.none;
  return (
    <div className="data-kept row" role="group" aria-label={m.region} data-testid="data-kept" data-state={kept.status}>
      <p className="muted" aria-live="polite">
        {text}
        {kept.status === 'kept' && state.status === 'ready' && state.source === 'kept' && ` ${m.readFromDevice}`}
      </p>
      {kept.status === 'kept' && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            setForgotten(true);
            onForget();
          }}
        >
          {m.forget}
        </button>
      )}
    </div>
  );
}
