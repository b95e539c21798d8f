import { useCallback } from 'react';
import type { DatasetHandle } from '@/data/types';
import type { TrainConfig } from '@/domain/training-config';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import type { TrainingWorker } from '../hooks/use-training-worker';
import { useUploadedModel } from '../hooks/use-uploaded-model';
import { listedRuns } from '../saved-runs';
import type { RunRecord } from '../training-state';
import { EarlierRuns } from './EarlierRuns';
import { ExportPanel } from './ExportPanel';
import { WeightsBridge } from './WeightsBridge';

interface TrainKeepProps {
  worker: TrainingWorker;
  dataset: DatasetHandle;
  /** The settings in the form: uploaded weights are scored on the same test images as a run. */
  config: TrainConfig;
  opacity: number;
  onOpacity: (opacity: number) => void;
  onEvaluation?: (evaluation: Evaluation | null) => void;
  onWeights?: (weights: ModelWeights | null) => void;
}

const hasWeights = (run: RunRecord | null | undefined): run is RunRecord & { weights: ModelWeights } => Boolean(run?.weights);

/** What outlives the tab: the saved runs, the exports, and the weights to and from NumPy. */
export function TrainKeep({ worker, dataset, config, opacity, onOpacity, onEvaluation, onWeights }: TrainKeepProps) {
  const { state, saved } = worker;
  const runs = state.current ? [state.current, ...state.earlier] : state.earlier;
  // The latest run with a finished epoch: the one the JSON record, the summary and the weights describe.
  const subject = runs.find((run) => run.epochs.length > 0) ?? null;

  const onLoaded = useCallback(
    (evaluation: Evaluation, weights: ModelWeights) => {
      onEvaluation?.(evaluation);
      onWeights?.(weights);
    },
    [onEvaluation, onWeights],
  );
  const uploaded = useUploadedModel(dataset, config, onLoaded);

  return (
    <>
      <EarlierRuns
        runs={listedRuns(state)}
        currentId={state.current?.id ?? null}
        problem={saved.problem}
        onToggle={saved.toggle}
        onRename={saved.rename}
        onDelete={saved.remove}
        opacity={opacity}
        onOpacity={onOpacity}
        onClear={saved.clear}
      />
      <ExportPanel runs={runs} subject={subject} backend={state.backend} />
      <WeightsBridge source={hasWeights(subject) ? subject : null} uploaded={uploaded} />
    </>
  );
}
