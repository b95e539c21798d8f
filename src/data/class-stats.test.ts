import { describe, expect, it } from 'vitest';
import { countPerClass, firstIndicesPerClass } from './class-stats';

describe('countPerClass', () => {
  it('counts each class, including classes with no examples', () => {
    expect(countPerClass(Uint8Array.from([2, 0, 2, 2]), 4)).toEqual([1, 0, 3, 0]);
    expect(countPerClass([], 3)).toEqual([0, 0, 0]);
  });
});

describe('firstIndicesPerClass', () => {
  it('takes the first examples of each class in dataset order and stops at perClass', () => {
    expect(firstIndicesPerClass([1, 0, 1, 1, 0, 2], 3, 2)).toEqual([[1, 4], [0, 2], [5]]);
  });
});
