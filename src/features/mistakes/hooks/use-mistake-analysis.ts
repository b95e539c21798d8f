import { useMemo } from 'react';
import {
  confusionMatrix,
  findMistakes,
  matrixDiagonal,
  matrixTotal,
  overallAccuracy,
  perClassAccuracy,
  rowNormalize,
  type ConfusionMatrix,
  type Mistake,
} from '@/math/metrics';
import type { Evaluation } from '@/domain/training-events';

export interface MistakeAnalysis {
  matrix: ConfusionMatrix;
  rates: number[][];
  perClass: (number | null)[];
  correct: number;
  total: number;
  /** correct / total; null for an empty test set. */
  accuracy: number | null;
  /** In test-set order; the gallery sorts and filters a copy. */
  mistakes: Mistake[];
}

export type AnalysisResult = { ok: true; analysis: MistakeAnalysis } | { ok: false; error: string };

/**
 * Everything the lesson shows, derived once per evaluation from the worker's
 * predictions and logits and the real test labels (from the dataset, not the
 * worker, so the page checks the worker's work rather than trusting it).
 */
export function analyze(evaluation: Evaluation, testLabels: Uint8Array): AnalysisResult {
  const { testCount, classCount, predictions, logits } = evaluation;
  if (testLabels.length < testCount) {
    return { ok: false, error: `${testCount} test results but only ${testLabels.length} test labels` };
  }
  try {
    const labels = testLabels.subarray(0, testCount);
    const matrix = confusionMatrix(labels, predictions, classCount);
    return {
      ok: true,
      analysis: {
        matrix,
        rates: rowNormalize(matrix),
        perClass: perClassAccuracy(matrix),
        correct: matrixDiagonal(matrix),
        total: matrixTotal(matrix),
        accuracy: overallAccuracy(matrix),
        mistakes: findMistakes(labels, predictions, logits, classCount),
      },
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function useMistakeAnalysis(evaluation: Evaluation | null, testLabels: Uint8Array | null): AnalysisResult | null {
  return useMemo(
    () => (evaluation && testLabels ? analyze(evaluation, testLabels) : null),
    [evaluation, testLabels],
  );
}
