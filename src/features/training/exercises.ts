import { fullSoftmaxCost, hierarchicalSoftmaxCost, sampledSoftmaxCost } from '@/math/output-cost';
import { sgdRun, type LearningRateOutcome, type SgdRun } from '@/math/sgd-outcome';
import type { NumberTolerance } from '@/ui/exercise-verdict';
import { TRAIN_SIZE, type TrainConfig } from '@/domain/training-config';

/** The training lesson's exercises: two learning rates asked about before they run, and the cost of a big vocabulary. */

export const HUGE_RATE = 1e5;
export const TINY_RATE = 1e-10;
/** Steps of the small worked problem the answer runs. */
export const WORKED_STEPS = 50;

export interface RateAnswer {
  rate: number;
  run: SgdRun;
  outcome: LearningRateOutcome;
  /** Steps the training form's settings would take. */
  steps: number;
  /**
   * The most any weight can move in that many steps: |∂l/∂w| = |x (ŷ − y)| ≤ 1 for
   * pixels in [0, 1], so at most lr per step.
   */
  maxWeightChange: number;
}

/** Steps per run of these settings: ⌈n / batch⌉ per epoch, n the images trained on. */
export function stepsOf(config: Pick<TrainConfig, 'batchSize' | 'epochs' | 'trainLimit' | 'validationSize'>): number {
  const images = Math.max(1, (config.trainLimit ?? TRAIN_SIZE) - (config.validationSize ?? 0));
  return config.epochs * Math.ceil(images / config.batchSize);
}

export function rateAnswer(rate: number, config: Pick<TrainConfig, 'batchSize' | 'epochs' | 'trainLimit' | 'validationSize'>): RateAnswer {
  const run = sgdRun(rate, WORKED_STEPS);
  const steps = stepsOf(config);
  return { rate, run, outcome: run.outcome, steps, maxWeightChange: rate * steps };
}

/** The next-word question's sizes: a hidden vector of 512, a vocabulary of 50,000 words. */
export const WORD_FEATURES = 512;
export const VOCABULARY = 50_000;
export const SAMPLED_CLASSES = 100;
/** Counted in powers of ten: within 5 % is right, within a factor of about 3 close. */
export const COST_TOLERANCE: NumberTolerance = { right: Math.log10(1.05), close: 0.5, scale: 'orders' };

export interface VocabularyRow {
  q: number;
  full: number;
  hierarchical: number;
  sampled: number;
}

/** Multiply-adds per word for growing vocabularies: the full softmax, a binary tree, sampling. */
export function vocabularyRows(d = WORD_FEATURES, sizes: readonly number[] = [10, 1_000, VOCABULARY, 1_000_000]): VocabularyRow[] {
  return sizes.map((q) => ({
    q,
    full: fullSoftmaxCost(d, q).multiplyAdds,
    hierarchical: hierarchicalSoftmaxCost(d, q).multiplyAdds,
    sampled: sampledSoftmaxCost(d, q, SAMPLED_CLASSES).multiplyAdds,
  }));
}

export function vocabularyAnswer() {
  const words = fullSoftmaxCost(WORD_FEATURES, VOCABULARY);
  const ours = fullSoftmaxCost(784, 10);
  const tree = hierarchicalSoftmaxCost(WORD_FEATURES, VOCABULARY);
  return { words, ours, ratio: words.multiplyAdds / ours.multiplyAdds, tree, rows: vocabularyRows() };
}
