import { describe, expect, it } from 'vitest';
import { groupThousands } from '@/ui/format';
import { formatMegabytes, progressShare } from './format';

describe('data formats', () => {
  it('formats megabytes with one decimal', () => {
    expect(formatMegabytes(26_421_856)).toBe('26.4');
    expect(formatMegabytes(0)).toBe('0.0');
  });

  it('groups the counts’ thousands (with the shared formatter)', () => {
    expect([groupThousands(0), groupThousands(999), groupThousands(6000), groupThousands(70_000), groupThousands(1_234_567)]).toEqual([
      '0',
      '999',
      '6,000',
      '70,000',
      '1,234,567',
    ]);
  });

  it('clamps the progress share and leaves an unknown total unknown', () => {
    expect(progressShare(50, 200)).toBe(0.25);
    expect(progressShare(300, 200)).toBe(1);
    expect(progressShare(10, null)).toBeNull();
    expect(progressShare(10, 0)).toBeNull();
  });
});
