import katex from 'katex';
import 'katex/dist/katex.min.css';
import morphdom from 'morphdom';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { whenIdle } from './idle';
import { CATCH_UP_DEADLINE_MS, useNearViewport } from './use-near-viewport';

interface FormulaProps {
  /** TeX source. User text inside it must go through `texText` first. */
  tex: string;
  display?: boolean;
  className?: string;
  /** Accessible description; KaTeX also emits MathML for screen readers. */
  label?: string;
  testId?: string;
}

/**
 * KaTeX rendering. `trust: false` forbids \href, \url and \htmlXxx, so even TeX
 * that slipped past escaping cannot produce links or HTML; `throwOnError: false`
 * shows a bad formula in red instead of breaking the page.
 */
function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
  });
}

/**
 * A formula that follows live numbers cheaply:
 * - the new rendering is morphed into the old one rather than swapped in: while a
 *   student drags a logit only the digits change, so only those text nodes are
 *   touched (replacing the markup would restyle and re-lay out every KaTeX span);
 * - a formula far off screen (another lesson following the same logits) renders
 *   when the student pauses, so a drag pays only for the formulas in view. It is
 *   brought up to date before it scrolls in (see useNearViewport).
 */
export const Formula = memo(function Formula({ tex, display = false, className, label, testId }: FormulaProps) {
  // The element in state, so the effects below run once it exists.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const near = useNearViewport(element);
  const [scrollable, setScrollable] = useState(false);
  // What the DOM shows now, so coming back into view re-renders nothing that is current.
  const shown = useRef('');

  useLayoutEffect(() => {
    if (!element) return;
    // Overflow is measured only near the viewport, in the next frame, where every
    // formula reads after one shared layout; far away, content-visibility skips
    // this layout and a read would force it.
    const measureSoon = () => {
      if (!display || near !== true) return;
      const frame = requestAnimationFrame(() => setScrollable(overflows(element)));
      return () => cancelAnimationFrame(frame);
    };
    const key = `${display ? 'D' : 'I'}${tex}`;
    if (shown.current === key) return measureSoon();
    const render = () => {
      renderInto(element, renderTex(tex, display));
      shown.current = key;
    };
    if (near !== false || !shown.current) {
      render();
      return measureSoon();
    }
    return whenIdle(render, CATCH_UP_DEADLINE_MS);
  }, [element, tex, display, near]);

  useEffect(() => {
    if (!display || !element) return;
    const observer = new ResizeObserver(([entry]) => {
      // A box with no width has not been laid out (content-visibility skips it): nothing to read yet.
      if (entry && entry.contentRect.width > 0) setScrollable(overflows(element));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [display, element]);

  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      ref={setElement}
      className={['formula', display ? 'formula-display' : '', className ?? ''].join(' ').trim()}
      // A display formula wider than its column scrolls sideways; keyboard users
      // must be able to focus it to scroll it too (WCAG 2.1.1).
      tabIndex={scrollable ? 0 : undefined}
      aria-label={label}
      data-testid={testId}
    />
  );
});

/** Whether a display formula is wider than its box (it then scrolls sideways). */
const overflows = (element: HTMLElement): boolean => element.scrollWidth > element.clientWidth + 1;

/** Puts KaTeX's markup into `element`, morphing what is already there. */
function renderInto(element: HTMLElement, html: string): void {
  if (!element.firstChild) {
    element.innerHTML = html;
    return;
  }
  const next = element.cloneNode(false) as HTMLElement;
  next.innerHTML = html;
  morphdom(element, next, {
    childrenOnly: true,
    // Identical subtrees (most of a formula) are skipped without a walk.
    onBeforeElUpdated: (from, to) => !from.isEqualNode(to),
  });
}
