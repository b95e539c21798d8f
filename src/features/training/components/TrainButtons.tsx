import { useMessages } from '@/ui/i18n';
import { trainMessages } from '../strings';
import type { TrainStatus } from '../training-state';

interface TrainButtonsProps {
  status: TrainStatus;
  onTrain: () => void;
  onPause: () => void;
  onResume: () => void;
  onReset: () => void;
}

/**
 * Train, Pause, Resume and Reset; each is enabled only where it means something.
 * `data-shortcut` lets the classroom keyboard shortcuts find the enabled one.
 */
export function TrainButtons({ status, onTrain, onPause, onResume, onReset }: TrainButtonsProps) {
  const m = useMessages(trainMessages);
  const busy = status === 'loading' || status === 'training' || status === 'paused';
  return (
    <div className="row train-buttons">
      <button type="button" onClick={onTrain} disabled={busy} data-shortcut="playPause">
        {m.train}
      </button>
      <button type="button" className="button-secondary" onClick={onPause} disabled={status !== 'training'} data-shortcut="playPause">
        {m.pause}
      </button>
      <button type="button" className="button-secondary" onClick={onResume} disabled={status !== 'paused'} data-shortcut="playPause">
        {m.resume}
      </button>
      <button type="button" className="button-quiet" onClick={onReset} disabled={status === 'idle'} data-shortcut="reset">
        {m.reset}
      </button>
    </div>
  );
}
