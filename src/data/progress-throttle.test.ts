import { describe, expect, it } from 'vitest';
import { throttleProgress } from './progress-throttle';
import type { LoadProgress } from './types';

describe('throttleProgress', () => {
  const run = (reports: Array<[time: number, loaded: number, total: number | null]>) => {
    const passed: LoadProgress[] = [];
    let clock = 0;
    const report = throttleProgress((p) => passed.push(p), 100, () => clock);
    for (const [time, loadedBytes, totalBytes] of reports) {
      clock = time;
      report({ loadedBytes, totalBytes });
    }
    return passed.map((p) => p.loadedBytes);
  };

  it('passes the first report, then at most one per interval', () => {
    expect(run([[0, 1, 10], [40, 2, 10], [99, 3, 10], [100, 4, 10], [150, 5, 10], [230, 6, 10]])).toEqual([1, 4, 6]);
  });

  it('always passes the report that completes the total, however soon it comes', () => {
    expect(run([[0, 1, 10], [5, 10, 10]])).toEqual([1, 10]);
  });

  it('throttles a download of unknown size too', () => {
    expect(run([[0, 1, null], [50, 2, null], [120, 3, null]])).toEqual([1, 3]);
  });
});
