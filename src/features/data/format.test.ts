import { describe, expect, it } from 'vitest';
import { formatMegabytes, progressShare } from './format';

describe('data formats', () => {
  it('formats megabytes with one decimal', () => {
    expect(formatMegabytes(26_421_856)).toBe('26.4');
    expect(formatMegabytes(0)).toBe('0.0');
  });

  it('clamps the progress share and leaves an unknown total unknown', () => {
    expect(progressShare(50, 200)).toBe(0.25);
    expect(progressShare(300, 200)).toBe(1);
    expect(progressShare(10, null)).toBeNull();
    expect(progressShare(10, 0)).toBeNull();
  });
});
