// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jumpTo } from './jump';

/** A section whose top the page moves (content above it growing), and a field elsewhere. */
function setUp() {
  document.body.innerHTML = '<section id="train" tabindex="-1"></section><input id="other">';
  const target = document.getElementById('train')!;
  let top = 0;
  vi.spyOn(target, 'getBoundingClientRect').mockImplementation(() => ({ top }) as DOMRect);
  const scrolls = vi.spyOn(target, 'scrollIntoView').mockImplementation(() => {
    top = 0;
  });
  return { target, scrolls, moveBy: (dy: number) => (top += dy) };
}

describe('jumpTo', () => {
  let frames: FrameRequestCallback[] = [];
  const nextFrame = () => {
    const due = frames;
    frames = [];
    due.forEach((callback) => callback(performance.now()));
  };
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {
      frames = [];
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps the target under the header while the page around it settles', () => {
    const { target, scrolls, moveBy } = setUp();
    expect(jumpTo('train')).toBe(target);
    expect(scrolls).toHaveBeenCalledTimes(1);
    moveBy(300); // a lesson above it rendered
    nextFrame();
    expect(scrolls).toHaveBeenCalledTimes(2);
  });

  it('lets go once focus moves to something else: that is what to keep in view now', () => {
    const { scrolls, moveBy } = setUp();
    jumpTo('train');
    document.getElementById('other')!.focus();
    moveBy(300);
    nextFrame();
    expect(scrolls).toHaveBeenCalledTimes(1);
  });
});
