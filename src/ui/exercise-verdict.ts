/**
 * How a committed answer compares with the computed one. A verdict is always
 * computed, never typed in: the lesson supplies the true value at reveal time,
 * and these rules say how far from it still counts as right or close.
 */
export type Verdict = 'right' | 'close' | 'wrong';

export const VERDICTS: readonly Verdict[] = ['right', 'close', 'wrong'];

export interface NumberTolerance {
  /** Largest distance that is still right. */
  right: number;
  /** Largest distance that is still close. */
  close: number;
  /**
   * How distance is measured: `absolute` |g − t| (probabilities, losses);
   * `relative` |g − t| / |t|; `orders` |log₁₀ g − log₁₀ t|, powers of ten, for
   * answers such as exp(50) where the order of magnitude is the point.
   */
  scale?: 'absolute' | 'relative' | 'orders';
}

/** The distance between a guess and the truth on the tolerance's scale; Infinity where it has none (a guess ≤ 0 in orders). */
export function answerDistance(guess: number, truth: number, scale: NumberTolerance['scale'] = 'absolute'): number {
  if (!Number.isFinite(guess) || !Number.isFinite(truth)) return Infinity;
  switch (scale) {
    case 'absolute':
      return Math.abs(guess - truth);
    case 'relative':
      return truth === 0 ? Math.abs(guess) : Math.abs(guess - truth) / Math.abs(truth);
    case 'orders':
      return guess > 0 && truth > 0 ? Math.abs(Math.log10(guess) - Math.log10(truth)) : Infinity;
  }
}

export function judgeNumber(guess: number, truth: number, tolerance: NumberTolerance): Verdict {
  const distance = answerDistance(guess, truth, tolerance.scale);
  // A hair of slack, so 0.1 − 0.08 = 0.020000000000000004 still counts as within 0.02.
  const slack = 1e-12 * ((tolerance.scale ?? 'absolute') === 'absolute' ? Math.max(1, Math.abs(truth)) : 1);
  if (distance <= tolerance.right + slack) return 'right';
  if (distance <= tolerance.close + slack) return 'close';
  return 'wrong';
}

/** A choice is right when it is the computed one, close when it is one of the near misses named. */
export function judgeChoice(choice: string, right: string, close: readonly string[] = []): Verdict {
  if (choice === right) return 'right';
  return close.includes(choice) ? 'close' : 'wrong';
}

/** What the student committed: a number typed, or a choice's value. */
export type CommittedAnswer = { kind: 'number'; value: number } | { kind: 'choice'; value: string };

/** Judges a committed number against the truth. */
export const byNumber =
  (truth: number, tolerance: NumberTolerance) =>
  (answer: CommittedAnswer): Verdict =>
    answer.kind === 'number' ? judgeNumber(answer.value, truth, tolerance) : 'wrong';

/** Judges a committed choice against the computed one. */
export const byChoice =
  (right: string, close: readonly string[] = []) =>
  (answer: CommittedAnswer): Verdict =>
    answer.kind === 'choice' ? judgeChoice(answer.value, right, close) : 'wrong';
