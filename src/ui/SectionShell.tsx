import { useEffect, useEffectEvent, useState, type ReactNode, type Ref } from 'react';
import { useHeldWhileFar, useRenderWhenNear } from './FarBoundary';
import { NotationLink } from './NotationNote';

interface SectionShellProps {
  /** The hash id (`#softmax`) and the `section-<id>` test id. */
  id: string;
  title: string;
  lead?: ReactNode;
  /** A class for the lesson's own styles, added to `lesson`. */
  className?: string;
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
  /** How long the lesson may lag, far away, once the student pauses (src/browser/deadlines.ts). */
  catchUpDeadlineMs?: number;
  /** False while the lesson runs something of its own that must stay live far away (auto-run). */
  hold?: boolean;
  /** Called once, when the lesson first comes near: heavy work that it will need (the dataset). */
  onFirstNear?: () => void;
}

/**
 * The frame every lesson shares, and the page's one boundary for far content:
 * - its section and heading are always there, so links, the navigation and #hash
 *   jumps land exactly;
 * - its body is rendered once it comes near, when a jump targets it
 *   (revealLesson), or ahead of the student in an idle moment after the first
 *   screen; until then the lesson costs nothing;
 * - far away, its body is held (useHeldWhileFar): live props that change while the
 *   student works elsewhere reach it when the student pauses;
 * - CSS skips its style, layout and paint while it is off screen
 *   (content-visibility: auto), so anything that must measure itself does so in a
 *   ResizeObserver, which runs when the content is laid out.
 */
export function SectionShell({ id, title, lead, className, children, ref, catchUpDeadlineMs, hold = true, onFirstNear }: SectionShellProps) {
  const [section, setSection] = useState<HTMLElement | null>(null);
  const { near, rendered } = useRenderWhenNear(section, id, true);

  const firstNear = useEffectEvent(() => onFirstNear?.());
  const [wasNear, setWasNear] = useState(false);
  if (near === true && !wasNear) setWasNear(true);
  useEffect(() => {
    if (wasNear) firstNear();
  }, [wasNear]);

  const shown = useHeldWhileFar(children, near, { deadlineMs: catchUpDeadlineMs, hold });
  const setRefs = (element: HTMLElement | null) => {
    setSection(element);
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };

  return (
    <section ref={setRefs} id={id} data-testid={`section-${id}`} className={className ? `lesson ${className}` : 'lesson'} aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="lesson-title">
        {title}
      </h2>
      {lead && <p className="lesson-lead">{lead}</p>}
      {/* Every lesson links to the one notation box (NotationNote.tsx). */}
      {lead && <NotationLink />}
      {/* A placeholder as tall as a screen, also while the lesson's code loads: lessons below
          must not look near (and start their work) only because this one is not there yet. */}
      {(rendered && shown) || <div className="lesson-pending" aria-hidden="true" />}
    </section>
  );
}
