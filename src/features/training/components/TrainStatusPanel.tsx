import { progressFigures } from '@/math/progress';
import { formatDuration, groupThousands } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { BackendInfo } from '@/domain/training-events';
import { replacedBackend } from '../backend-choice';
import { trainMessages } from '../strings';
import type { Progress, TrainStatus } from '../training-state';

interface TrainStatusPanelProps {
  status: TrainStatus;
  progress: Progress | null;
  backend: BackendInfo | null;
  firstStepMs: number | null;
}

/** Status, active backend and progress: epoch k of N, step i of M, speed, elapsed and time left. */
export function TrainStatusPanel({ status, progress, backend, firstStepMs }: TrainStatusPanelProps) {
  const m = useMessages(trainMessages);
  const examplesTotal = progress ? progress.trainCount * progress.epochs : 0;
  const figures = progress ? progressFigures({ examplesDone: progress.examplesDone, examplesTotal, elapsedMs: progress.elapsedMs }) : null;
  const finished = status === 'done';
  // Between epochs the worker reports step = stepsPerEpoch; show it as that epoch's last step.
  // Time left only means something while the run can still go on.
  const remaining = finished ? formatDuration(0) : status === 'training' || status === 'paused' ? formatDuration(figures?.remainingMs ?? NaN) : '–';
  const epochShown = progress ? Math.min(progress.epoch + 1, progress.epochs) : 0;
  const stepShown = progress ? Math.min(progress.step + (finished ? 0 : 1), progress.stepsPerEpoch) : 0;
  const asked = replacedBackend(backend);
  return (
    <div className="panel train-status" aria-live="polite">
      <dl className="train-facts">
        <div>
          <dt>{m.statusLabel}</dt>
          <dd>
            <span data-testid="train-status" data-status={status} className="visually-hidden" aria-hidden="true">
              {status}
            </span>
            <span className={`train-badge train-badge-${status}`}>{m.status(status)}</span>
          </dd>
        </div>
        <div>
          <dt>{m.activeBackend}</dt>
          <dd>
            {backend ? (
              <>
                <span className="num" data-testid="backend">
                  {backend.active}
                </span>
                {backend.renderer && <span className="muted train-renderer"> · {backend.renderer}</span>}
                {asked && (
                  <span className="muted train-backend-asked" data-testid="backend-requested" data-backend={asked}>
                    {' '}
                    · {m.backendAsked(asked)}
                  </span>
                )}
              </>
            ) : (
              <span className="muted">{m.backendPending}</span>
            )}
          </dd>
        </div>
        {figures && (
          <>
            <div>
              <dt>{m.speed}</dt>
              <dd>
                <span className="num">{groupThousands(figures.examplesPerSecond)}</span>
                {status === 'training' && progress!.yielding && (
                  <span className="muted train-yielding" data-testid="train-yielding">
                    {' '}
                    · {m.yielding}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{m.elapsed}</dt>
              <dd className="num">{formatDuration(progress!.elapsedMs)}</dd>
            </div>
            <div>
              <dt>{m.remaining}</dt>
              <dd className="num">{remaining}</dd>
            </div>
          </>
        )}
        {firstStepMs !== null && (
          <div>
            <dt>{m.firstStep}</dt>
            <dd className="num">{(firstStepMs / 1000).toFixed(2)} s</dd>
          </div>
        )}
      </dl>
      {progress && figures && (
        <div className="train-progress">
          <progress max={1} value={figures.fraction} aria-label={m.progressLabel} />
          <span className="num">{m.progress(epochShown, progress.epochs, stepShown, progress.stepsPerEpoch)}</span>
        </div>
      )}
    </div>
  );
}
