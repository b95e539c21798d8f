import { euclideanDistance, oneHot } from '@/math/one-hot';
import type { NumberTolerance } from '@/ui/exercise-verdict';

/** The one-hot question: the first and the last of q classes, as integers and as one-hot vectors. */
export interface OneHotDistanceAnswer {
  q: number;
  /** |1 − q| between the integer labels. */
  integerDistance: number;
  /** ‖e₁ − e_q‖ = √2, the same for every pair of different classes. */
  oneHotDistance: number;
  first: number[];
  last: number[];
}

export function oneHotDistanceAnswer(q: number): OneHotDistanceAnswer {
  const first = oneHot(0, q);
  const last = oneHot(q - 1, q);
  return { q, integerDistance: q - 1, oneHotDistance: euclideanDistance(first, last), first, last };
}

/** √2 ≈ 1.4142: within 0.01 is right, within 0.1 close. */
export const DISTANCE_TOLERANCE: NumberTolerance = { right: 0.01, close: 0.1 };
