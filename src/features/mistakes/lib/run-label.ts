import { formatRate, groupThousands } from '@/ui/format';
import type { Evaluation } from '@/domain/training-events';

/** What the Mistakes lesson says about the run it shows: its number and the settings that tell runs apart. */
export interface RunLabelParts {
  run: number;
  model: 'softmax' | 'mlp';
  learningRate: string;
  batchSize: string;
  epochs: number;
  /** Finished epochs when the evaluation was made. */
  epoch: number;
}

/** The label's parts, or null for an evaluation no run made (weights from elsewhere). */
export function runLabelParts(evaluation: Evaluation): RunLabelParts | null {
  const run = evaluation.run;
  if (!run) return null;
  return {
    run: run.id,
    model: run.config.model,
    learningRate: formatRate(run.config.learningRate),
    batchSize: groupThousands(run.config.batchSize),
    epochs: run.config.epochs,
    epoch: evaluation.epoch,
  };
}
