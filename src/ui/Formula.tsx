import katex from 'katex';
import 'katex/dist/katex.min.css';
import morphdom from 'morphdom';
import { useLayoutEffect, useState } from 'react';
import { useOverflowsX } from './use-overflow';

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
 * focusable (useOverflowsX measures it once it is laid out).
 */
export function Formula({ tex, display = false, className, label, testId }: FormulaProps) {
  // The elements in state, so the effects below run once they exist. A display
  // formula's content sits in a box that shrinks to the formula (at least the
  // column's width), so its own width says when the formula outgrows the column.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [content, setContent] = useState<HTMLElement | null>(null);
  const target = display ? content : element;

  useLayoutEffect(() => {
    if (target) renderInto(target, renderTex(tex, display));
  }, [target, tex, display]);
  const scrollable = useOverflowsX(element, content);

  const classes = ['formula', display ? 'formula-display' : '', className ?? ''].join(' ').trim();
  if (!display) return <span ref={setElement} className={classes} aria-label={label} data-testid={testId} />;
  return (
    <div ref={setElement} className={classes} tabIndex={scrollable !== false ? 0 : undefined} aria-label={label} data-testid={testId}>
      <div ref={setContent} className="formula-content" />
    </div>
  );
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
