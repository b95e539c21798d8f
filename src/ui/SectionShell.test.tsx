// @vitest-environment happy-dom
import { act, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATCH_UP_DEADLINE_MS, QUIET_AFTER_INPUT_MS, RENDER_AHEAD_AFTER_MS, RENDER_AHEAD_DEADLINE_MS } from '@/browser/deadlines';

// The boundary keeps page-wide state (one observer, the lessons waiting to render):
// each test imports it afresh.
let SectionShell: typeof import('./SectionShell').SectionShell;
let revealLesson: typeof import('./lesson-reveal').revealLesson;

/** An IntersectionObserver the test drives: `setNear(element, near)` is a scroll. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.add(element);
  }
  unobserve(element: Element) {
    this.observed.delete(element);
  }
  disconnect() {
    this.observed.clear();
  }
  static setNear(element: Element, near: boolean) {
    for (const io of FakeIntersectionObserver.all) {
      if (!io.observed.has(element)) continue;
      io.callback([{ target: element, isIntersecting: near } as IntersectionObserverEntry], io as unknown as IntersectionObserver);
    }
  }
}

/** A lesson body that counts its renders and shows the value it was rendered with. */
const renders: number[] = [];
function Body({ value }: { value: number }) {
  renders.push(value);
  return <p data-value={value}>{value}</p>;
}

let setValue: (value: number) => void = () => {};
function Page() {
  const [value, set] = useState(1);
  useEffect(() => {
    setValue = set;
  }, []);
  return (
    <>
      <SectionShell id="near-lesson" title="Near">
        <Body value={value} />
      </SectionShell>
      <SectionShell id="far-lesson" title="Far">
        <p className="far-body">far</p>
      </SectionShell>
    </>
  );
}

let root: Root;
let container: HTMLElement;
const section = (id: string) => container.querySelector<HTMLElement>(`#${id}`)!;
const shownValue = () => section('near-lesson').querySelector('p')?.dataset.value;
const near = (id: string, isNear: boolean) => act(() => FakeIntersectionObserver.setNear(section(id), isNear));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestAnimationFrame'] });
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
  vi.stubGlobal('requestIdleCallback', undefined);
  vi.resetModules();
  ({ SectionShell } = await import('./SectionShell'));
  ({ revealLesson } = await import('./lesson-reveal'));
  renders.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(() => root.render(<Page />));
});

afterEach(async () => {
  await act(() => root.unmount());
  container.remove();
  FakeIntersectionObserver.all = [];
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SectionShell, the far-content boundary', () => {
  it('keeps the heading of a lesson not yet near and renders its body when it comes near', async () => {
    expect(section('near-lesson').querySelector('h2')?.textContent).toBe('Near');
    expect(section('near-lesson').querySelector('.lesson-pending')).not.toBeNull();
    expect(renders).toEqual([]);
    await near('near-lesson', true);
    expect(shownValue()).toBe('1');
    expect(renders).toEqual([1]);
  });

  it('far away holds the body, and catches up once, when the student pauses', async () => {
    await near('near-lesson', true);
    await near('near-lesson', false);
    // The student drags elsewhere: input events, and new values on every one.
    for (let v = 2; v <= 5; v++) {
      window.dispatchEvent(new Event('input'));
      await act(() => setValue(v));
      await act(() => vi.advanceTimersByTime(16));
    }
    expect(shownValue()).toBe('1');
    expect(renders).toEqual([1]);
    // The pause: after the quiet time and the idle wait, one render with the latest value.
    await act(() => vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS + CATCH_UP_DEADLINE_MS));
    expect(shownValue()).toBe('5');
    expect(renders).toEqual([1, 5]);
    // Coming near again renders nothing twice: the body is already current.
    await near('near-lesson', true);
    expect(renders).toEqual([1, 5]);
    // Near, it follows every value.
    await act(() => setValue(6));
    expect(shownValue()).toBe('6');
    expect(renders).toEqual([1, 5, 6]);
  });

  it('renders a lesson that never came near ahead of the student, once the page has been left alone', async () => {
    await act(() => vi.advanceTimersByTime(RENDER_AHEAD_AFTER_MS - 100));
    expect(section('far-lesson').querySelector('.far-body')).toBeNull();
    await act(() => vi.advanceTimersByTime(100 + 2 * RENDER_AHEAD_DEADLINE_MS + QUIET_AFTER_INPUT_MS));
    expect(section('far-lesson').querySelector('.far-body')).not.toBeNull();
    expect(section('far-lesson').querySelector('.lesson-pending')).toBeNull();
  });

  it('starts rendering ahead at the student\'s first input', async () => {
    window.dispatchEvent(new Event('keydown'));
    await act(() => vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS + RENDER_AHEAD_DEADLINE_MS));
    expect(section('far-lesson').querySelector('.far-body')).not.toBeNull();
  });

  it('renders a lesson at once when a jump targets it', async () => {
    expect(section('far-lesson').querySelector('.far-body')).toBeNull();
    act(() => {
      expect(revealLesson('far-lesson')).toBe(section('far-lesson'));
    });
    expect(section('far-lesson').querySelector('.far-body')).not.toBeNull();
  });
});
