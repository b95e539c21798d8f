import { describe, expect, it } from 'vitest';
import { isOutOfView } from './keep-focus-in-view';

describe('isOutOfView', () => {
  const viewport = 800;
  const header = 80;

  it('is false for a box in the band below the header, even partly', () => {
    expect(isOutOfView({ top: 300, bottom: 340 }, viewport, header)).toBe(false);
    expect(isOutOfView({ top: 60, bottom: 100 }, viewport, header)).toBe(false);
    expect(isOutOfView({ top: 780, bottom: 820 }, viewport, header)).toBe(false);
    // Taller than the viewport (a section): in view while it spans it.
    expect(isOutOfView({ top: -500, bottom: 2000 }, viewport, header)).toBe(false);
  });

  it('is true below the viewport, above it, or hidden under the sticky header', () => {
    expect(isOutOfView({ top: 5408, bottom: 5444 }, viewport, header)).toBe(true);
    expect(isOutOfView({ top: 800, bottom: 836 }, viewport, header)).toBe(true);
    expect(isOutOfView({ top: -200, bottom: -160 }, viewport, header)).toBe(true);
    expect(isOutOfView({ top: 30, bottom: 80 }, viewport, header)).toBe(true);
  });
});
