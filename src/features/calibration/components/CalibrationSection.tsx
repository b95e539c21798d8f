import { useEffect } from 'react';
import type { DatasetHandle } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { SectionShell } from '@/ui/SectionShell';
import type { Evaluation } from '@/domain/training-events';
import { calibrationMessages } from '../strings';
import { CalibrationLesson } from './CalibrationLesson';
import '../calibration.css';

interface CalibrationSectionProps {
  /** The latest test-set evaluation (with the held-out validation set's logits); null before training. */
  evaluation: Evaluation | null;
  /** The test labels come from the page's dataset, as in the Mistakes lesson. */
  dataset: DatasetHandle;
  /** Shows these logits in the Softmax lesson at this temperature. */
  onOpenInPlayground: (logits: number[], trueClass: number, temperature: number) => void;
  onGoToTrain: () => void;
}

/** Is the trained model's confidence honest, and what one temperature does about it. */
export function CalibrationSection({ evaluation, dataset, onOpenInPlayground, onGoToTrain }: CalibrationSectionProps) {
  const m = useMessages(calibrationMessages);
  const { load } = dataset;
  const datasetIdle = dataset.state.status === 'idle';
  useEffect(() => {
    if (evaluation && datasetIdle) load();
  }, [evaluation, datasetIdle, load]);
  const labels = dataset.state.status === 'ready' && evaluation ? dataset.state.data.test.labels.subarray(0, evaluation.testCount) : null;

  return (
    <SectionShell id="calibration" title={m.title} lead={m.lead}>
      <div>
        {!evaluation ? (
          <div className="notice calibration-empty" data-testid="calibration-empty">
            <div>
              <p className="calibration-empty-title">{m.emptyTitle}</p>
              <p>{m.empty}</p>
            </div>
            <button type="button" className="button-secondary" onClick={onGoToTrain}>
              {m.goToTrain}
            </button>
          </div>
        ) : dataset.state.status === 'error' ? (
          <p role="alert" className="notice notice-error">
            {m.dataError(dataset.state.message)}
          </p>
        ) : !labels ? (
          <p className="notice">{m.waitingForLabels}</p>
        ) : (
          <CalibrationLesson evaluation={evaluation} labels={labels} onOpenInPlayground={onOpenInPlayground} />
        )}
      </div>
    </SectionShell>
  );
}
