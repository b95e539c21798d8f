import { useId, useState } from 'react';
import { classificationMessages } from '@/features/classification/strings';
import { ceMessages } from '@/features/cross-entropy/strings';
import { dataMessages } from '@/features/data/strings';
import { mistakesMessages } from '@/features/mistakes/strings';
import { softmaxMessages } from '@/features/softmax/strings';
import { trainMessages } from '@/features/training/strings';
import { forgetAllExercises, summarizeProgress, useExerciseProgress, type ExerciseRecord } from '@/ui/exercise-progress';
import { useLang, useMessages, type Lang } from '@/ui/i18n';
import { exerciseIndexMessages } from './exercise-index-strings';
import { EXERCISES } from './exercises';
import { openExercise } from './open-exercise';
import type { SectionId } from './url-state';
import './exercise-index.css';

interface ExerciseIndexProps {
  /** The lessons shown: exercises of hidden ones are left out. */
  sections: readonly SectionId[];
}

/** The titles of the lessons that have exercises. */
const LESSON_TITLES: Partial<Record<SectionId, Readonly<Record<Lang, { title: string }>>>> = {
  classification: classificationMessages,
  softmax: softmaxMessages,
  'cross-entropy': ceMessages,
  data: dataMessages,
  train: trainMessages,
  mistakes: mistakesMessages,
};

type Status = 'right' | 'close' | 'wrong' | 'none' | 'open';

const statusOf = (record: ExerciseRecord | undefined): Status => (record ? (record.verdict ?? 'none') : 'open');
const STATUS_KEYS = {
  right: 'statusRight',
  close: 'statusClose',
  wrong: 'statusWrong',
  none: 'statusNone',
  open: 'statusOpen',
} as const satisfies Record<Status, string>;

/**
 * Every exercise of the lessons shown, with how the student did (kept in the
 * browser), links that open each one, and a button that forgets it all: the
 * page a class comes back to, and the teacher's reset before the next class.
 */
export function ExerciseIndex({ sections }: ExerciseIndexProps) {
  const m = useMessages(exerciseIndexMessages);
  const lang = useLang();
  const progress = useExerciseProgress();
  const headingId = useId();
  const [forgot, setForgot] = useState(false);
  const shown = EXERCISES.filter((e) => sections.includes(e.lesson));
  const { answered, right } = summarizeProgress(progress, shown.map((e) => e.id));
  const lessons = sections.filter((lesson) => shown.some((e) => e.lesson === lesson));

  return (
    <section className="exercise-index" aria-labelledby={headingId} data-testid="exercise-progress" data-answered={answered} data-right={right}>
      <h2 id={headingId} className="exercise-index-title">
        {m.heading}
      </h2>
      <p className="muted">{m.lead}</p>
      <p className="exercise-index-summary" aria-live="polite">
        {m.summary(answered, shown.length, right)}
      </p>
      <div className="exercise-index-lessons">
        {lessons.map((lesson) => (
          <div key={lesson}>
            <h3 className="exercise-index-lesson">{LESSON_TITLES[lesson]?.[lang].title ?? lesson}</h3>
            <ul className="exercise-index-list">
              {shown
                .filter((e) => e.lesson === lesson)
                .map((e) => {
                  const status = statusOf(progress[e.id]);
                  return (
                    <li key={e.id} data-status={status}>
                      <a
                        href={`?exercise=${encodeURIComponent(e.id)}`}
                        onClick={(event) => {
                          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                          event.preventDefault();
                          openExercise(e.id);
                        }}
                      >
                        {e.title(lang)}
                      </a>{' '}
                      <span className={`exercise-status exercise-status-${status}`}>{m[STATUS_KEYS[status]]}</span>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </div>
      <div className="row">
        <button
          type="button"
          className="button-quiet"
          disabled={answered === 0}
          onClick={() => {
            forgetAllExercises();
            setForgot(true);
          }}
        >
          {m.forget}
        </button>
        {forgot && answered === 0 && (
          <span role="status" className="muted">
            {m.forgotten}
          </span>
        )}
      </div>
    </section>
  );
}
