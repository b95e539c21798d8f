import type { ReactNode, Ref } from 'react';

interface SectionShellProps {
  /** The hash id (`#softmax`) and the `section-<id>` test id. */
  id: string;
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
}

/** The frame every lesson shares: an anchored section with a heading and a lead paragraph. */
export function SectionShell({ id, title, lead, children, ref }: SectionShellProps) {
  return (
    <section ref={ref} id={id} data-testid={`section-${id}`} className="lesson" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`} className="lesson-title">
        {title}
      </h2>
      {lead && <p className="lesson-lead">{lead}</p>}
      {children}
    </section>
  );
}
