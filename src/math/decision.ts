import { assertDistribution, assertFiniteVector, MathInputError } from './validate';

/**
 * Deciding from a predicted distribution when mistakes differ in cost (d2l 3.6,
 * exercise 4). cost[t][d] is the cost of deciding d when the truth is t (0 on
 * the diagonal as a rule). The risk of decision d is its expected cost
 *   R(d) = Σ_t p_t · cost[t][d],
 * and the best decision minimizes it: the most likely class only when every
 * mistake costs the same.
 */
export function expectedCosts(probs: ArrayLike<number>, cost: ReadonlyArray<ArrayLike<number>>): number[] {
  assertDistribution(probs, 'probs');
  const q = probs.length;
  if (cost.length !== q) throw new MathInputError(`cost has ${cost.length} rows for ${q} classes`);
  cost.forEach((row, t) => {
    if (row.length !== q) throw new MathInputError(`cost[${t}] has ${row.length} entries for ${q} classes`);
    assertFiniteVector(row, `cost[${t}]`);
  });
  return Array.from({ length: q }, (_, d) => {
    let risk = 0;
    for (let t = 0; t < q; t++) risk += probs[t]! * cost[t]![d]!;
    return risk;
  });
}

/** The decision with the least expected cost; the first on ties. */
export function minimumCostDecision(probs: ArrayLike<number>, cost: ReadonlyArray<ArrayLike<number>>): number {
  const risks = expectedCosts(probs, cost);
  let best = 0;
  for (let d = 1; d < risks.length; d++) if (risks[d]! < risks[best]!) best = d;
  return best;
}

/**
 * Two classes, negative (0) and positive (1), no cost for being right: deciding
 * "positive" is cheaper as soon as p · missCost > (1 − p) · falseAlarmCost, i.e.
 * p > falseAlarmCost / (falseAlarmCost + missCost). With equal costs this is 0.5,
 * the most likely label; a miss 50 times as costly lowers it to 1/51 ≈ 0.0196.
 */
export function positiveThreshold(missCost: number, falseAlarmCost: number): number {
  if (!(missCost > 0) || !(falseAlarmCost > 0) || !Number.isFinite(missCost) || !Number.isFinite(falseAlarmCost)) {
    throw new MathInputError('costs must be positive and finite');
  }
  return falseAlarmCost / (falseAlarmCost + missCost);
}

/** The two-class cost matrix [[0, falseAlarm], [miss, 0]] (rows: truth healthy, sick; columns: decision). */
export const twoClassCost = (missCost: number, falseAlarmCost: number): number[][] => [
  [0, falseAlarmCost],
  [missCost, 0],
];
