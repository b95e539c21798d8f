interface LessonNotesProps {
  /** The disclosure's label. */
  title: string;
  /** One paragraph each, as the lesson's strings give them. */
  paragraphs: readonly string[];
}

/** The lecture's side remarks that a lesson owes its reader, folded away under one heading. */
export function LessonNotes({ title, paragraphs }: LessonNotesProps) {
  return (
    <details className="panel lesson-notes">
      <summary>{title}</summary>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </details>
  );
}
