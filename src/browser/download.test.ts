import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it('says what the file holds and when, in local time, zero-padded', () => {
    expect(exportFileName('epochs', 'csv', new Date(2026, 10, 21, 16, 30, 59))).toBe('softmax-lab-epochs-2026-11-21-1630.csv');
    expect(exportFileName('weights', 'npz', new Date(2027, 0, 2, 3, 4))).toBe('softmax-lab-weights-2027-01-02-0304.npz');
  });
});
