import { describe, expect, it } from 'vitest';
import { progressFigures } from './progress';

describe('progressFigures', () => {
  it('computes throughput and time left', () => {
    const f = progressFigures({ examplesDone: 30_000, examplesTotal: 600_000, elapsedMs: 2000 });
    expect(f.fraction).toBeCloseTo(0.05, 12);
    expect(f.examplesPerSecond).toBe(15_000);
    expect(f.remainingMs).toBeCloseTo(38_000, 6);
  });
  it('has no rate and an unknown time left before the first example', () => {
    const f = progressFigures({ examplesDone: 0, examplesTotal: 100, elapsedMs: 0 });
    expect(f.examplesPerSecond).toBe(0);
    expect(Number.isNaN(f.remainingMs)).toBe(true);
  });
  it('clamps the fraction', () => {
    expect(progressFigures({ examplesDone: 150, examplesTotal: 100, elapsedMs: 10 }).fraction).toBe(1);
    expect(progressFigures({ examplesDone: 5, examplesTotal: 0, elapsedMs: 10 }).fraction).toBe(0);
  });
});
