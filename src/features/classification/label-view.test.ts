import { describe, expect, it } from 'vitest';
import { labelView } from './label-view';

describe('labelView', () => {
  it('chicken among cat, chicken, dog: y = (0, 1, 0), integer label 2', () => {
    const view = labelView(1, 3);
    expect(view.oneHot).toEqual([0, 1, 0]);
    expect(view.integerLabel).toBe(2);
    expect(view.rows.map((r) => r.integerLabel)).toEqual([1, 2, 3]);
  });

  it('integers put the dog twice as far from the cat as the chicken; one-hot puts both √2 away', () => {
    const [cat, chicken, dog] = labelView(0, 3).rows;
    expect([cat!.integerDistance, chicken!.integerDistance, dog!.integerDistance]).toEqual([0, 1, 2]);
    expect(cat!.oneHotDistance).toBe(0);
    expect(chicken!.oneHotDistance).toBeCloseTo(Math.SQRT2, 15);
    expect(dog!.oneHotDistance).toBeCloseTo(Math.SQRT2, 15);
  });

  it('has one row per class, for any q and any chosen class', () => {
    for (let q = 2; q <= 10; q++) {
      for (let c = 0; c < q; c++) {
        const view = labelView(c, q);
        expect(view.rows).toHaveLength(q);
        expect(view.oneHot.reduce((a, b) => a + b, 0)).toBe(1);
        expect(view.rows[q - 1]!.integerDistance).toBe(q - 1 - c);
      }
    }
  });

  it('rejects a class outside 0..q−1', () => {
    expect(() => labelView(3, 3)).toThrow();
  });
});
