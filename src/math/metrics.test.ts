import { describe, expect, it } from 'vitest';
import {
  batchAccuracy,
  confusionMatrix,
  filterMistakes,
  findMistakes,
  matrixDiagonal,
  matrixTotal,
  overallAccuracy,
  perClassAccuracy,
  probabilitiesAt,
  rowNormalize,
  sortMistakes,
  type Mistake,
} from './metrics';
import { softmax } from './softmax';
import { MathInputError } from './validate';

// Six examples over three classes, worked out by hand:
// index: 0  1  2  3  4  5
// true:  0  0  1  1  2  2
// pred:  0  1  1  1  0  2
const LABELS = [0, 0, 1, 1, 2, 2];
const PREDS = [0, 1, 1, 1, 0, 2];

describe('confusionMatrix', () => {
  it('counts (true, predicted) pairs with true classes as rows', () => {
    expect(confusionMatrix(LABELS, PREDS, 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it('sums to the number of examples, and its diagonal counts the correct ones', () => {
    const m = confusionMatrix(LABELS, PREDS, 3);
    expect(matrixTotal(m)).toBe(6);
    expect(matrixDiagonal(m)).toBe(4);
    expect(overallAccuracy(m)).toBeCloseTo(4 / 6, 12);
  });

  it('accepts typed arrays, as the worker sends them', () => {
    const m = confusionMatrix(Uint8Array.from(LABELS), Uint8Array.from(PREDS), 3);
    expect(matrixTotal(m)).toBe(6);
  });

  it('gives an all-zero matrix and no accuracy for no examples', () => {
    const m = confusionMatrix([], [], 2);
    expect(m).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(overallAccuracy(m)).toBeNull();
  });

  it.each([
    ['different lengths', [0, 1], [0], 2],
    ['a label out of range', [0, 3], [0, 1], 3],
    ['a negative prediction', [0, 1], [0, -1], 2],
    ['a fractional label', [0.5], [0], 2],
    ['a NaN prediction', [0], [NaN], 2],
    ['zero classes', [], [], 0],
  ])('throws on %s', (_case, labels, preds, classCount) => {
    expect(() => confusionMatrix(labels, preds, classCount)).toThrow(MathInputError);
  });
});

describe('perClassAccuracy and rowNormalize', () => {
  it('divides each diagonal entry by its row total', () => {
    const m = confusionMatrix(LABELS, PREDS, 3);
    expect(perClassAccuracy(m)).toEqual([0.5, 1, 0.5]);
  });

  it('is null for a class with no examples', () => {
    expect(perClassAccuracy([[3, 1], [0, 0]])).toEqual([0.75, null]);
  });

  it('makes each non-empty row sum to 1 and keeps empty rows at zero', () => {
    const rates = rowNormalize([
      [3, 1, 0],
      [0, 0, 0],
      [1, 1, 2],
    ]);
    expect(rates).toEqual([
      [0.75, 0.25, 0],
      [0, 0, 0],
      [0.25, 0.25, 0.5],
    ]);
  });
});

describe('findMistakes', () => {
  // Logits for the six examples; rows 1 and 4 are the mistakes.
  const LOGITS = Float32Array.from([
    2, 0, 0, //
    0, 1, 0, // true 0, predicted 1
    0, 3, 0, //
    0, 2, 1, //
    5, 0, 0, // true 2, predicted 0, very sure
    0, 0, 1, //
  ]);

  it('lists each misclassified example with the probability of its prediction', () => {
    const mistakes = findMistakes(LABELS, PREDS, LOGITS, 3);
    expect(mistakes.map((m) => [m.index, m.trueClass, m.predClass])).toEqual([
      [1, 0, 1],
      [4, 2, 0],
    ]);
    expect(mistakes[0]!.confidence).toBeCloseTo(softmax([0, 1, 0])[1]!, 12);
    expect(mistakes[1]!.confidence).toBeCloseTo(Math.exp(5) / (Math.exp(5) + 2), 6);
  });

  it('agrees with softmax of the row, logits up to ±1000 included', () => {
    const rows = 200;
    const logits = Float64Array.from({ length: rows * 4 }, (_, i) => Math.sin(i * 7.1) * (i % 3 === 0 ? 1000 : 5));
    const labels = Array.from({ length: rows }, () => 0);
    const preds = Array.from({ length: rows }, (_, i) => 1 + (i % 3));
    for (const m of findMistakes(labels, preds, logits, 4)) {
      const row = Array.from(logits.subarray(m.index * 4, m.index * 4 + 4));
      expect(m.confidence).toBeCloseTo(softmax(row)[m.predClass]!, 12);
    }
  });

  it('finds nothing when every prediction is right', () => {
    expect(findMistakes([0, 1], [0, 1], [1, 0, 0, 1], 2)).toEqual([]);
  });

  it('marks the confidence of a diverged (non-finite) row as NaN instead of throwing', () => {
    const mistakes = findMistakes([0], [1], [NaN, 1], 2);
    expect(mistakes).toHaveLength(1);
    expect(mistakes[0]!.confidence).toBeNaN();
  });

  it('throws when the logits do not match n × classCount', () => {
    expect(() => findMistakes([0, 1], [1, 0], [1, 2, 3], 2)).toThrow(/2 × 2 = 4/);
  });

  it('reads one row of the row-major logits', () => {
    expect(probabilitiesAt(LOGITS, 3, 4)).toEqual(softmax([5, 0, 0]));
    expect(probabilitiesAt([Infinity, 0], 2, 0)).toBeNull();
  });
});

describe('sortMistakes and filterMistakes', () => {
  const list: Mistake[] = [
    { index: 7, trueClass: 0, predClass: 1, confidence: 0.6 },
    { index: 2, trueClass: 1, predClass: 0, confidence: 0.9 },
    { index: 5, trueClass: 0, predClass: 2, confidence: NaN },
    { index: 3, trueClass: 0, predClass: 1, confidence: 0.6 },
    { index: 9, trueClass: 2, predClass: 1, confidence: 0.4 },
  ];

  it('puts the most confident first, breaks ties by index and NaN last', () => {
    expect(sortMistakes(list, 'confidence').map((m) => m.index)).toEqual([2, 3, 7, 9, 5]);
  });

  it('sorts by test index', () => {
    expect(sortMistakes(list, 'index').map((m) => m.index)).toEqual([2, 3, 5, 7, 9]);
  });

  it('does not reorder its input', () => {
    sortMistakes(list, 'index');
    expect(list.map((m) => m.index)).toEqual([7, 2, 5, 3, 9]);
  });

  it('filters by true class, predicted class, both or neither', () => {
    const ids = (f: { trueClass: number | null; predClass: number | null }) =>
      filterMistakes(list, f).map((m) => m.index);
    expect(ids({ trueClass: null, predClass: null })).toEqual([7, 2, 5, 3, 9]);
    expect(ids({ trueClass: 0, predClass: null })).toEqual([7, 5, 3]);
    expect(ids({ trueClass: null, predClass: 1 })).toEqual([7, 3, 9]);
    expect(ids({ trueClass: 0, predClass: 1 })).toEqual([7, 3]);
    expect(ids({ trueClass: 1, predClass: 1 })).toEqual([]);
  });
});

describe('batchAccuracy (d2l: accuracy(y_hat, y) / len(y))', () => {
  const yHat = [
    [0.1, 0.3, 0.6],
    [0.3, 0.2, 0.5],
  ];

  it('gives 0.5 for the lecture’s batch: row 0 predicts 2 (label 0), row 1 predicts 2 (label 2)', () => {
    expect(batchAccuracy(yHat, [0, 2])).toBe(0.5);
    expect(batchAccuracy(yHat, [2, 2])).toBe(1);
    expect(batchAccuracy(yHat, [0, 0])).toBe(0);
  });

  it('gives a tie to the first largest class, as torch.argmax does', () => {
    expect(batchAccuracy([[0.4, 0.4, 0.2]], [0])).toBe(1);
    expect(batchAccuracy([[0.4, 0.4, 0.2]], [1])).toBe(0);
    expect(batchAccuracy([[1 / 3, 1 / 3, 1 / 3]], [0])).toBe(1);
  });

  it('rejects an empty batch, mismatched lengths and labels outside the classes', () => {
    expect(() => batchAccuracy([], [])).toThrow(MathInputError);
    expect(() => batchAccuracy(yHat, [0])).toThrow(/2 predictions but 1 labels/);
    expect(() => batchAccuracy(yHat, [0, 3])).toThrow(/labels\[1\] is 3/);
    expect(() => batchAccuracy([[NaN, 1]], [0])).toThrow(/finite/);
  });
});
