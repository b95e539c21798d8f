import { euclideanDistance, oneHot } from '@/math/one-hot';

/** One class seen from the chosen label: its integer code and its one-hot vector's distances. */
export interface LabelRow {
  /** 0-based class id. */
  classIndex: number;
  /** The lecture's integer label, 1-based: y ∈ {1, 2, 3}. */
  integerLabel: number;
  /** |y − y′| between the integer labels: 1 to a neighbour, 2 two classes away… */
  integerDistance: number;
  /** ‖y − y′‖ between the one-hot vectors: 0 to itself, √2 to every other class. */
  oneHotDistance: number;
}

export interface LabelView {
  /** The chosen class's one-hot vector y (q entries). */
  oneHot: number[];
  integerLabel: number;
  rows: LabelRow[];
}

/**
 * The label of class `selected` (0-based) among q classes written both ways, with
 * the distance from it to every class: integers make some classes nearer than
 * others, one-hot vectors put every other class at the same distance.
 */
export function labelView(selected: number, q: number): LabelView {
  const y = oneHot(selected, q);
  const rows = Array.from({ length: q }, (_, j) => ({
    classIndex: j,
    integerLabel: j + 1,
    integerDistance: Math.abs(j - selected),
    oneHotDistance: euclideanDistance(y, oneHot(j, q)),
  }));
  return { oneHot: y, integerLabel: selected + 1, rows };
}
