/** Paging for the gallery, so thousands of mistakes render one page at a time. */
export const PAGE_SIZE = 48;

/** At least 1, so "page 1 of 1" still reads right when the list is empty. */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A 0-based page kept inside 0..pageCount−1 (the list may shrink after an epoch or a filter). */
export function clampPage(page: number, total: number, pageSize = PAGE_SIZE): number {
  return Math.min(Math.max(0, Math.floor(page)), pageCount(total, pageSize) - 1);
}

/** The items on a (clamped) page. */
export function pageItems<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  const start = clampPage(page, items.length, pageSize) * pageSize;
  return items.slice(start, start + pageSize);
}

/** 1-based positions of the first and last item on a page, for "49–96 of 1,234"; [0, 0] when empty. */
export function pageRange(page: number, total: number, pageSize = PAGE_SIZE): [number, number] {
  if (total === 0) return [0, 0];
  const start = clampPage(page, total, pageSize) * pageSize;
  return [start + 1, Math.min(total, start + pageSize)];
}
