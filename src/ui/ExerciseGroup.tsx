import type { ReactNode } from 'react';
import { exerciseMessages } from './exercise-strings';
import { useMessages } from './i18n';

interface ExerciseGroupProps {
  /** `think`: the lesson's own questions, early in it; `chapter`: the textbook's exercises, at its end. */
  kind: 'think' | 'chapter';
  children: ReactNode;
}

/** A lesson's exercise cards under one heading. */
export function ExerciseGroup({ kind, children }: ExerciseGroupProps) {
  const m = useMessages(exerciseMessages);
  return (
    <div className={`exercise-group exercise-group-${kind}`}>
      <h3 className="exercise-group-title">{kind === 'think' ? m.thinkHeading : m.chapterHeading}</h3>
      <p className="muted exercise-group-lead">{kind === 'think' ? m.thinkLead : m.chapterLead}</p>
      <div className="exercise-grid">{children}</div>
    </div>
  );
}
