import { describe, expect, it } from 'vitest';
import { distanceOutOfView, isOutOfView, scrolledAway } from './keep-focus-in-view';

const VIEWPORT = 800;
const HEADER = 80;

describe('isOutOfView and distanceOutOfView', () => {
  it('a box in the band below the header, even partly, is in view', () => {
    for (const box of [
      { top: 300, bottom: 340 },
      { top: 60, bottom: 100 },
      { top: 780, bottom: 820 },
      // Taller than the viewport (a section): in view while it spans it.
      { top: -500, bottom: 2000 },
    ]) {
      expect(isOutOfView(box, VIEWPORT, HEADER)).toBe(false);
      expect(distanceOutOfView(box, VIEWPORT, HEADER)).toBe(0);
    }
  });

  it('below the viewport, above it, or hidden under the sticky header is out of view, this far', () => {
    expect(isOutOfView({ top: 5408, bottom: 5444 }, VIEWPORT, HEADER)).toBe(true);
    expect(distanceOutOfView({ top: 5408, bottom: 5444 }, VIEWPORT, HEADER)).toBe(4608);
    expect(distanceOutOfView({ top: 800, bottom: 836 }, VIEWPORT, HEADER)).toBe(0);
    expect(isOutOfView({ top: 800, bottom: 836 }, VIEWPORT, HEADER)).toBe(true);
    expect(distanceOutOfView({ top: -200, bottom: -160 }, VIEWPORT, HEADER)).toBe(240);
    expect(isOutOfView({ top: 30, bottom: 80 }, VIEWPORT, HEADER)).toBe(true);
  });
});

describe('scrolledAway', () => {
  it('is true when the page scrolled and the element, unmoved in the document, got farther from view', () => {
    expect(scrolledAway(5000, 5000, 0, 1200)).toBe(true);
  });

  it('is false for a scroll towards it (the focus’s own smooth scroll) or one that keeps it in view', () => {
    expect(scrolledAway(5000, 5000, 4000, 2500)).toBe(false);
    expect(scrolledAway(5000, 5000, 0, 0)).toBe(false);
  });

  it('is false when the element moved in the document: content above it changed, nobody scrolled it away', () => {
    expect(scrolledAway(5000, 7000, 0, 2000)).toBe(false);
  });
});
