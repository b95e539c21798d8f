import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageItems, pageRange } from './paging';

describe('paging', () => {
  it.each([
    [0, 1],
    [1, 1],
    [48, 1],
    [49, 2],
    [1000, 21],
  ])('%d items make %d pages of 48', (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });

  it('keeps a page inside the list after it shrinks', () => {
    expect(clampPage(5, 100)).toBe(2);
    expect(clampPage(-1, 100)).toBe(0);
    expect(clampPage(3, 0)).toBe(0);
  });

  it('slices one page', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(pageItems(items, 0, 4)).toEqual([0, 1, 2, 3]);
    expect(pageItems(items, 2, 4)).toEqual([8, 9]);
    expect(pageItems(items, 9, 4)).toEqual([8, 9]);
    expect(pageItems([], 0, 4)).toEqual([]);
  });

  it('reports 1-based ranges', () => {
    expect(pageRange(0, 10, 4)).toEqual([1, 4]);
    expect(pageRange(2, 10, 4)).toEqual([9, 10]);
    expect(pageRange(0, 0, 4)).toEqual([0, 0]);
  });
});
