import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { codeSnippetMessages } from './code-snippet-strings';
import { useMessages } from './i18n';
import './code-snippet.css';

interface CodeSnippetProps {
  /** The Python source, lines separated by \n. */
  code: string;
  /** What running it prints, from the lesson's live numbers. */
  output: string;
  /** The output is a sentence saying what will fill it: it wraps like prose. */
  pending?: boolean;
  /** Says what the code is and where its numbers come from. */
  caption: ReactNode;
  /** Shown under the code whether or not it is open: a warning that must not hide behind a click. */
  note?: ReactNode;
}

/**
 * A lesson's code in the lecture's language, with what it prints: a figure whose
 * code and output fold away behind "Python (PyTorch)" so they never crowd the lesson.
 */
export function CodeSnippet({ code, output, pending = false, caption, note }: CodeSnippetProps) {
  const m = useMessages(codeSnippetMessages);
  return (
    <figure className="code-snippet" data-testid="python-snippet">
      <details>
        <summary>{m.summary}</summary>
        <div className="code-snippet-body">
          <CopyButton text={code} />
          <ScrollingBlock label={m.codeLabel} className="code-snippet-code">
            <code>{highlightComments(code)}</code>
          </ScrollingBlock>
          <p className="code-snippet-heading" aria-hidden="true">
            {m.outputHeading}
          </p>
          <ScrollingBlock
            label={m.outputLabel}
            className={pending ? 'code-snippet-output code-snippet-pending' : 'code-snippet-output'}
            testId="python-output"
          >
            <samp>{output}</samp>
          </ScrollingBlock>
        </div>
      </details>
      {note}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

interface ScrollingBlockProps {
  label: string;
  className: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A <pre> that scrolls in both directions within its own box (long lines on a phone).
 * Only while its text overflows is it a named, focusable region, so a keyboard can
 * scroll it (axe: scrollable-region-focusable) without a stop on every short block.
 */
function ScrollingBlock({ label, className, testId, children }: ScrollingBlockProps) {
  const ref = useRef<HTMLPreElement>(null);
  const overflows = useOverflows(ref);
  return (
    <pre
      ref={ref}
      className={className}
      data-testid={testId}
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </pre>
  );
}

/**
 * Whether the box's content is wider or taller than the box. Read from
 * ResizeObserver entries (the box and its only child, sized to its content by
 * CSS), so it never forces a layout, and it follows the text as it changes.
 */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    const content = box?.firstElementChild;
    if (!box || !content || typeof ResizeObserver === 'undefined') return;
    const sizes = new Map<Element, { width: number; height: number }>();
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) sizes.set(entry.target, { width: entry.contentRect.width, height: entry.contentRect.height });
      const outer = sizes.get(box);
      const inner = sizes.get(content);
      if (!outer || !inner) return;
      // Half a pixel of slack: sub-pixel rounding is not overflow.
      setOverflows(inner.width > outer.width + 0.5 || inner.height > outer.height + 0.5);
    });
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

type CopyState = 'idle' | 'copied' | 'failed';

function CopyButton({ text }: { text: string }) {
  const m = useMessages(codeSnippetMessages);
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setState('failed');
      return;
    }
    clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <div className="code-snippet-tools">
      <button type="button" className="button-quiet code-snippet-copy" onClick={copy}>
        {m.copy}
      </button>
      <span className="code-snippet-status" role="status">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFailed : ''}
      </span>
    </div>
  );
}

/** Python comments (from # outside a string to the end of the line) in a quieter colour. */
function highlightComments(code: string): ReactNode[] {
  return code.split('\n').flatMap((line, i) => {
    const at = commentStart(line);
    const parts: ReactNode[] = i > 0 ? ['\n'] : [];
    if (at < 0) parts.push(line);
    else
      parts.push(
        line.slice(0, at),
        <span key={i} className="code-comment">
          {line.slice(at)}
        </span>,
      );
    return parts;
  });
}

function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return i;
  }
  return -1;
}
