import { confusedPairs, pairRank, type ConfusedPair } from '@/math/confusion-pairs';
import { expectedCosts, minimumCostDecision, positiveThreshold, twoClassCost } from '@/math/decision';
import { confusionMatrix } from '@/math/metrics';

/** The Mistakes lesson's exercises: the most confused pair (asked before training), and deciding by expected cost. */

/** Pairs offered before training, as `a-b` with a < b: the Fashion-MNIST look-alikes, and one that is not. */
export const PAIR_CHOICES = ['0-6', '2-4', '4-6', '5-7', '7-9', '1-3'] as const;
export const OTHER_PAIR = 'other';

export const pairKey = (a: number, b: number): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

export interface PairAnswer {
  /** The most confused pair of the evaluated model, and the next two. */
  top: ConfusedPair;
  runnersUp: ConfusedPair[];
  /** The choice that is right: the top pair's key, or `other` when it is not offered. */
  right: string;
  /** Choices one or two places below the top: close. */
  close: string[];
}

/**
 * The most confused pair from the model's predictions on the first testCount test
 * images: confusion matrix, then both directions of each pair added up.
 */
export function pairAnswer(labels: ArrayLike<number>, predictions: ArrayLike<number>, classCount: number, testCount: number): PairAnswer {
  const truth = Array.from({ length: testCount }, (_, i) => labels[i]!);
  const pairs = confusedPairs(confusionMatrix(truth, Array.from(predictions).slice(0, testCount), classCount));
  const top = pairs[0]!;
  const offered = (key: string) => (PAIR_CHOICES as readonly string[]).includes(key);
  const topKey = pairKey(top.a, top.b);
  const runnersUp = pairs.slice(1, 3);
  return {
    top,
    runnersUp,
    right: offered(topKey) ? topKey : OTHER_PAIR,
    close: runnersUp.map((p) => pairKey(p.a, p.b)).filter(offered),
  };
}

/** The rank (0 = most confused) of a choice, for the explanation; -1 for `other`. */
export function choiceRank(pairs: readonly ConfusedPair[], choice: string): number {
  const [a, b] = choice.split('-').map(Number);
  return a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) ? -1 : pairRank(pairs, a, b);
}

export const DECISIONS = ['send-home', 'treat'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DiagnosisInput {
  /** P(disease) from the model. */
  probability: number;
  missCost: number;
  falseAlarmCost: number;
}

export const DEFAULT_DIAGNOSIS: DiagnosisInput = { probability: 0.2, missCost: 50, falseAlarmCost: 1 };

export interface DiagnosisAnswer {
  /** Expected cost of sending home and of treating. */
  risks: Record<Decision, number>;
  decision: Decision;
  /** The most likely label's decision. */
  mostLikely: Decision;
  /** Treat above this probability of disease. */
  threshold: number;
}

export function diagnosisAnswer({ probability, missCost, falseAlarmCost }: DiagnosisInput): DiagnosisAnswer {
  const probs = [1 - probability, probability];
  const cost = twoClassCost(missCost, falseAlarmCost);
  const [home, treat] = expectedCosts(probs, cost);
  return {
    risks: { 'send-home': home!, treat: treat! },
    decision: DECISIONS[minimumCostDecision(probs, cost)]!,
    mostLikely: probability > 0.5 ? 'treat' : 'send-home',
    threshold: positiveThreshold(missCost, falseAlarmCost),
  };
}
