import katex from 'katex';
import 'katex/dist/katex.min.css';
import morphdom from 'morphdom';
import { useEffect, useLayoutEffect, useState } from 'react';

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
 * A formula that follows live numbers cheaply: the new rendering is morphed into
 * the old one rather than swapped in, so while a student drags a logit only the
 * digits change and only those text nodes are touched (replacing the markup would
 * restyle and re-lay out every KaTeX span). Far off screen it is held by its
 * lesson's boundary (SectionShell, FarBoundary), not here.
 *
 * A display formula wider than its column scrolls sideways, and is then
 * focusable so that keyboard users can scroll it too (WCAG 2.1.1). Whether it is
 * wider is read in a ResizeObserver on the formula and on its content: observers
 * run right after layout, and only for content that is laid out, so a formula in
 * a lesson that CSS skips off screen is measured when it is laid out, never by a
 * read that would force that layout.
 */
export function Formula({ tex, display = false, className, label, testId }: FormulaProps) {
  // The element in state, so the effects below run once it exists.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [scrollable, setScrollable] = useState(false);

  useLayoutEffect(() => {
    if (element) renderInto(contentOf(element, display), renderTex(tex, display));
  }, [element, tex, display]);

  useEffect(() => {
    if (!display || !element) return;
    const content = contentOf(element, display);
    const observer = new ResizeObserver(() => {
      // A box with no width is not laid out: nothing to read yet.
      if (element.clientWidth > 0) setScrollable(content.offsetWidth > element.clientWidth + 1);
    });
    observer.observe(element);
    observer.observe(content);
    return () => observer.disconnect();
  }, [display, element]);

  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      ref={setElement}
      className={['formula', display ? 'formula-display' : '', className ?? ''].join(' ').trim()}
      tabIndex={scrollable ? 0 : undefined}
      aria-label={label}
      data-testid={testId}
    />
  );
}

/**
 * Where KaTeX's markup goes. A display formula's content sits in a box that
 * shrinks to the formula (at least the column's width), so its own width says
 * when the formula outgrows the column.
 */
function contentOf(element: HTMLElement, display: boolean): HTMLElement {
  if (!display) return element;
  let content = element.firstElementChild as HTMLElement | null;
  if (!content?.classList.contains('formula-content')) {
    content = document.createElement('div');
    content.className = 'formula-content';
    element.replaceChildren(content);
  }
  return content;
}

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
