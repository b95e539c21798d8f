import katex from 'katex';
import 'katex/dist/katex.min.css';
import morphdom from 'morphdom';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

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
 *
 * A new rendering is morphed into the old one rather than swapped in: while a
 * student drags a logit only the digits change, so only those text nodes are
 * touched. Replacing the markup would make the browser restyle and re-lay out
 * every KaTeX span (hundreds per formula) on every input.
 */
export const Formula = memo(function Formula({ tex, display = false, className, label, testId }: FormulaProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        displayMode: display,
        throwOnError: false,
        trust: false,
        strict: 'ignore',
        output: 'htmlAndMathml',
      }),
    [tex, display],
  );
  const Tag = display ? 'div' : 'span';
  const [setBox, scrollable] = useScrollable(display, html);
  const box = useRef<HTMLElement | null>(null);
  const setRefs = useCallback(
    (element: HTMLElement | null) => {
      box.current = element;
      setBox(element);
    },
    [setBox],
  );
  useLayoutEffect(() => {
    const element = box.current;
    if (element) renderInto(element, html);
  }, [html]);
  return (
    <Tag
      ref={setRefs}
      className={['formula', display ? 'formula-display' : '', className ?? ''].join(' ').trim()}
      // A display formula wider than its column scrolls sideways; keyboard users
      // must be able to focus it to scroll it too (WCAG 2.1.1).
      tabIndex={scrollable ? 0 : undefined}
      aria-label={label}
      data-testid={testId}
    />
  );
});

/** Puts KaTeX's markup into `element`, morphing what is already there. */
export function renderInto(element: HTMLElement, html: string): void {
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

/**
 * Whether a display formula overflows its box, re-measured as the box resizes
 * and when the formula changes. A new formula is measured in the next animation
 * frame, where every Formula on the page reads after one shared layout; reading
 * scrollWidth while React commits would force a layout per formula per input.
 */
function useScrollable(display: boolean, html: string): [(element: HTMLElement | null) => void, boolean] {
  // A callback ref held in state, so the measuring effect runs once the element exists.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [value, setValue] = useState(false);
  useEffect(() => {
    if (!display || !element) return;
    const measure = () => setValue(element.scrollWidth > element.clientWidth + 1);
    const frame = requestAnimationFrame(measure);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [display, html, element]);
  return [setElement, value];
}
