import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';

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
  return (
    <Tag
      className={['formula', display ? 'formula-display' : '', className ?? ''].join(' ').trim()}
      aria-label={label}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
