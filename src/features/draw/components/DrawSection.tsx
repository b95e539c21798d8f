import { useEffect } from 'react';
import type { DatasetHandle } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { SectionShell } from '@/ui/SectionShell';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import { drawMessages } from '../strings';
import { DrawLesson } from './DrawLesson';
import '../draw.css';

interface DrawSectionProps {
  /** Softmax regression's trained weights; null before training, and for the MLP. */
  weights: ModelWeights | null;
  /** The latest test-set evaluation, for test images shown unchanged. */
  evaluation: Evaluation | null;
  dataset: DatasetHandle;
  onOpenInPlayground: (logits: number[], trueClass: number) => void;
  /** Takes the student to the Train section. */
  onGoToTrain: () => void;
}

/** Draw a garment and see the trained model classify it, and why. */
export function DrawSection({ weights, evaluation, dataset, onOpenInPlayground, onGoToTrain }: DrawSectionProps) {
  const m = useMessages(drawMessages);
  const testSet = dataset.state.status === 'ready' ? dataset.state.data.test : null;
  const { load } = dataset;
  const datasetIdle = dataset.state.status === 'idle';
  // A model means training ran: the test images it was scored on are wanted now.
  useEffect(() => {
    if ((weights || evaluation) && datasetIdle) load();
  }, [weights, evaluation, datasetIdle, load]);

  const mlp = !weights && evaluation?.run?.config.model === 'mlp';
  return (
    <SectionShell id="draw" title={m.title} lead={m.lead}>
      <div>
        {!weights && (
          <div className="notice draw-empty" data-testid="draw-empty">
            <div>
              <p className="draw-empty-title">{m.noModelTitle}</p>
              <p>{mlp ? m.mlpModel : m.noModel}</p>
            </div>
            <button type="button" className="button-secondary" onClick={onGoToTrain}>
              {m.goToTrain}
            </button>
          </div>
        )}
        <DrawLesson weights={weights} evaluation={evaluation} testSet={testSet} onOpenInPlayground={onOpenInPlayground} />
      </div>
    </SectionShell>
  );
}
