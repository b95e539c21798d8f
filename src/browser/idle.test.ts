import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUIET_AFTER_INPUT_MS } from './deadlines';
import { whenIdle } from './idle';

// Node has no window: a bare EventTarget stands in, so page-input can listen to it.
const page = new EventTarget();
const input = (type = 'input', buttons?: number) => page.dispatchEvent(Object.assign(new Event(type), { buttons }));

beforeAll(() => {
  vi.stubGlobal('window', page);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs soon when the student has not touched the page', () => {
    const callback = vi.fn();
    whenIdle(callback, 300);
    vi.advanceTimersByTime(60);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('waits while the student drags, and runs once they pause', () => {
    const callback = vi.fn();
    input('pointerdown');
    whenIdle(callback, 300);
    // A drag: a move with the button down every 16 ms for a second.
    for (let t = 0; t < 1000; t += 16) {
      input('pointermove', 1);
      vi.advanceTimersByTime(16);
    }
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS + 60);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not count a pointer hovering with no button down as use', () => {
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS);
    const callback = vi.fn();
    whenIdle(callback, 300);
    input('pointermove', 0);
    vi.advanceTimersByTime(60);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled, before or during a wait for a pause', () => {
    const early = vi.fn();
    whenIdle(early, 300)();
    const late = vi.fn();
    const cancel = whenIdle(late, 300);
    input('keydown');
    vi.advanceTimersByTime(60);
    cancel();
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS + 100);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
