import { describe, expect, it } from 'vitest';
import { seriesPath } from './series-path';

const identity = (p: { x: number; y: number }) => p.x;
const value = (p: { x: number; y: number }) => p.y;

describe('seriesPath', () => {
  it('moves to the first point and draws lines through the rest, one decimal', () => {
    expect(seriesPath([{ x: 0, y: 1 }, { x: 1.25, y: 2 }, { x: 2, y: 0.04 }], identity, value)).toBe('M0.0,1.0L1.3,2.0L2.0,0.0');
  });
  it('leaves a gap at a non-finite value and starts a new stretch after it', () => {
    const points = [{ x: 0, y: 1 }, { x: 1, y: NaN }, { x: 2, y: 3 }, { x: 3, y: Infinity }];
    expect(seriesPath(points, identity, value)).toBe('M0.0,1.0M2.0,3.0');
  });
  it('maps through the given scales', () => {
    expect(seriesPath([{ x: 1, y: 1 }, { x: 2, y: 0 }], (p) => 10 * p.x, (p) => 100 - 50 * p.y)).toBe('M10.0,50.0L20.0,100.0');
  });
  it('is empty for no points', () => {
    expect(seriesPath([], identity, value)).toBe('');
  });
});
