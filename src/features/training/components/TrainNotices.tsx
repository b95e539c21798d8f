import { withCode } from '@/ui/code-text';
import { formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { loadFailureMessages } from '@/ui/load-failure-strings';
import type { DataLoadFailure } from '@/data/types';
import type { BackendInfo } from '@/domain/training-events';
import { formatRate, tenthOf } from '../chart-data';
import { trainMessages } from '../strings';
import type { Divergence, TrainingState } from '../training-state';

interface TrainNoticesProps {
  state: TrainingState;
  backend: BackendInfo | null;
  wasHidden: boolean;
  onDismissHidden: () => void;
  onUseWasm: () => void;
  onSetLearningRate: (rate: number) => void;
}

/** Banners: divergence, errors, backend fallback, software WebGL and a throttled background tab. */
export function TrainNotices({ state, backend, wasHidden, onDismissHidden, onUseWasm, onSetLearningRate }: TrainNoticesProps) {
  const m = useMessages(trainMessages);
  return (
    <div className="train-notices">
      {state.status === 'diverged' && state.divergence && (
        <DivergedBanner divergence={state.divergence} onSetLearningRate={onSetLearningRate} />
      )}
      {state.status === 'error' && state.error && (
        <div className="notice notice-error" role="alert" data-testid="train-error">
          {state.error.data ? (
            <DataFailure failure={state.error.data} />
          ) : (
            <div>
              <strong>{m.errorTitle}</strong>
              <p>{state.error.contextLost ? m.contextLost : state.error.message}</p>
            </div>
          )}
        </div>
      )}
      {backend && backend.failures.length > 0 && (
        <div className="notice notice-warning" data-testid="backend-fallback">
          <p>
            {backend.failures
              .map((f) => m.fallback(m.backendName(f.backend), m.backendName(backend.active), f.reason))
              .join(' ')}
          </p>
        </div>
      )}
      {backend?.software && backend.active === 'webgl' && backend.renderer && (
        <div className="notice notice-warning" data-testid="software-renderer">
          <p>{m.software(backend.renderer)}</p>
          <button type="button" className="button-secondary" onClick={onUseWasm} disabled={state.status === 'training' || state.status === 'paused' || state.status === 'loading'}>
            {m.useWasm}
          </button>
        </div>
      )}
      {wasHidden && (
        <div className="notice" data-testid="throttled-notice">
          <p>{m.hidden}</p>
          <button type="button" className="button-quiet" onClick={onDismissHidden}>
            {m.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}

/** The Data lesson's message and fix, word for word, and how to try again from here. */
function DataFailure({ failure }: { failure: DataLoadFailure }) {
  const m = useMessages(trainMessages);
  const lf = useMessages(loadFailureMessages);
  return (
    <div data-testid="train-data-error">
      <strong>{m.dataFailedTitle}</strong>
      <p>
        {lf.error(failure.kind, failure.file)} {withCode(lf.fix(failure.kind))} {m.retryWithTrain}
      </p>
      <details>
        <summary>{m.details}</summary>
        <code>{failure.message}</code>
      </details>
    </div>
  );
}

function DivergedBanner({ divergence, onSetLearningRate }: { divergence: Divergence; onSetLearningRate: (rate: number) => void }) {
  const m = useMessages(trainMessages);
  const tenth = tenthOf(divergence.learningRate);
  return (
    <div className="notice notice-error" role="alert" data-testid="diverged-banner">
      <div>
        <strong>{m.divergedTitle}</strong>
        <p>
          {m.diverged(formatNumber(divergence.loss), divergence.step, divergence.epoch, formatRate(divergence.learningRate), formatRate(tenth))}
        </p>
      </div>
      <button type="button" className="button-secondary" onClick={() => onSetLearningRate(tenth)}>
        {m.tryTenth(formatRate(tenth))}
      </button>
    </div>
  );
}
