// @vitest-environment happy-dom
import { act, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LangContext, type Lang } from './i18n';
import { LessonErrorBoundary } from './LessonErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
/** Set to make the broken lesson throw on its next render. */
let failing = false;
let mounts = 0;

/** A lesson with state of its own (a counter), that throws while `failing`. */
/** `tick` changes to make it render again (the React Compiler skips a render with equal props). */
function Lesson({ name, tick = 0 }: { name: string; tick?: number }) {
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    mounts++;
  }, []);
  if (failing && name === 'broken') throw new Error('class index 3 is outside 0..2');
  return (
    <button type="button" data-lesson={name} data-tick={tick} onClick={() => setClicks((c) => c + 1)}>
      {name}: {clicks}
    </button>
  );
}

/** Two lessons, each in its own boundary, inside a section the boundary can hand focus to. */
function Page({ lang, tick }: { lang: Lang; tick: number }) {
  return (
    <LangContext.Provider value={lang}>
      <section tabIndex={-1} data-section="broken">
        <LessonErrorBoundary>
          <Lesson name="broken" tick={tick} />
        </LessonErrorBoundary>
      </section>
      <section tabIndex={-1} data-section="healthy">
        <LessonErrorBoundary>
          <Lesson name="healthy" tick={tick} />
        </LessonErrorBoundary>
      </section>
    </LangContext.Provider>
  );
}

const render = (lang: Lang = 'en', tick = 0) => act(() => root.render(<Page lang={lang} tick={tick} />));
const lesson = (name: string) => container.querySelector<HTMLButtonElement>(`[data-lesson="${name}"]`);
const alert = () => container.querySelector('[role="alert"]');
const resetButton = () => alert()?.querySelector('button') ?? null;
const click = (element: HTMLElement) => act(() => element.click());

beforeEach(() => {
  failing = false;
  mounts = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

describe('LessonErrorBoundary', () => {
  it('renders the lesson untouched while nothing fails', () => {
    render();
    expect(lesson('broken')?.textContent).toBe('broken: 0');
    expect(alert()).toBeNull();
  });

  it('replaces only the failing lesson with the message, what was kept and a reset button; the other lesson keeps its state', () => {
    render();
    click(lesson('healthy')!);
    click(lesson('healthy')!);
    failing = true;
    render('en', 1);
    expect(lesson('broken')).toBeNull();
    expect(alert()?.textContent).toContain('This lesson ran into an error and stopped.');
    expect(alert()?.textContent).toContain('the other lessons keep working');
    expect(alert()?.textContent).toContain('class index 3 is outside 0..2');
    expect(resetButton()?.textContent).toBe('Reset this lesson');
    expect(lesson('healthy')?.textContent).toBe('healthy: 2');
    expect(container.querySelector('[data-section="broken"] [role="alert"]')).not.toBeNull();
  });

  it('speaks Korean on the Korean page', () => {
    failing = true;
    render('ko');
    expect(alert()?.textContent).toContain('이 단원에서 오류가 나서 실행이 멈췄습니다.');
    expect(resetButton()?.textContent).toBe('이 단원 다시 시작');
  });

  it('reset mounts the lesson afresh (its own state starts over) and hands focus to its section', () => {
    render();
    click(lesson('broken')!);
    expect(lesson('broken')?.textContent).toBe('broken: 1');
    failing = true;
    render('en', 1);
    const mountsBefore = mounts;
    failing = false;
    resetButton()!.focus();
    click(resetButton()!);
    expect(alert()).toBeNull();
    expect(lesson('broken')?.textContent).toBe('broken: 0');
    expect(mounts).toBeGreaterThan(mountsBefore);
    expect(document.activeElement?.getAttribute('data-section')).toBe('broken');
  });

  it('calls onReset, and shows the message again if the lesson still fails', () => {
    const onReset = vi.fn();
    failing = true;
    act(() =>
      root.render(
        <LessonErrorBoundary onReset={onReset} kept="The playground is kept.">
          <Lesson name="broken" />
        </LessonErrorBoundary>,
      ),
    );
    expect(alert()?.textContent).toContain('The playground is kept.');
    click(resetButton()!);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(alert()).not.toBeNull();
  });
});
