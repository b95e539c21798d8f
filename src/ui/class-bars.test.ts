import { describe, expect, it } from 'vitest';
import { classBars } from './class-bars';
import { classColor } from './palette';

describe('classBars', () => {
  it('gives each class its name, value and palette colour, and outlines only the highlighted one', () => {
    const bars = classBars(['cat', 'chicken', 'dog'], [0.09, 0.2447, 0.6652], 2);
    expect(bars).toEqual([
      { key: '0', label: 'cat', value: 0.09, color: classColor(0), highlight: false },
      { key: '1', label: 'chicken', value: 0.2447, color: classColor(1), highlight: false },
      { key: '2', label: 'dog', value: 0.6652, color: classColor(2), highlight: true },
    ]);
  });

  it('outlines nothing for null, and names a class without a name with an empty label', () => {
    const bars = classBars(['cat'], [-0.5, 0.5], null);
    expect(bars.map((b) => b.highlight)).toEqual([false, false]);
    expect(bars[1]!.label).toBe('');
  });
});
