import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ExerciseCard } from './ExerciseCard';
import { useMessages } from './i18n';
import type { NumberRejection } from './number-input';
import { uiMessages } from './strings';
import { useExercise, type ExerciseInput, type ExerciseSolution } from './use-exercise';

export interface ExerciseProps<S> {
  id: string;
  title: string;
  /**
   * The lesson's numbers the question is about, live. At reveal they are kept for
   * this card, so the question and its explanation stay about what was asked
   * even when the reveal (or the student) then changes the lesson.
   */
  numbers: S;
  question: (numbers: S) => ReactNode;
  /** Widgets that belong to the question (a cost matrix to set). */
  children?: ReactNode;
  input: ExerciseInput;
  /** Computes the answer from the numbers (src/math, or the running model) at reveal time. */
  solve: (numbers: S) => ExerciseSolution;
  /** Sets the lesson's widgets to the state that answers the question. */
  onReveal?: (numbers: S) => void;
  /**
   * The explanation, given what the student committed (as typed, or the choice's
   * value; null for none). Called only once answered, so it is never in the page before.
   */
  answer: (numbers: S, committed: string | null) => ReactNode;
  /** Why reveal must wait (the answer needs a trained model), or null. */
  unavailable?: string | null;
}

/** An exercise card with its state: what a lesson puts on the page. */
export function Exercise<S>({ id, title, numbers, question, children, input, solve, onReveal, answer, unavailable = null }: ExerciseProps<S>) {
  const ui = useMessages(uiMessages);
  const state = useExercise(id, input);
  const inputRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  // The numbers as they were at reveal, in this page; after a reload the card reads the live ones.
  const [asked, setAsked] = useState<{ numbers: S } | null>(null);
  const answered = state.record !== undefined;
  const shown = answered && asked ? asked.numbers : numbers;
  // Focus follows the reveal to the answer, so a screen reader reads the verdict next.
  const justRevealed = useRef(false);
  useEffect(() => {
    if (justRevealed.current && answered) {
      answerRef.current?.focus({ preventScroll: true });
      justRevealed.current = false;
    }
  }, [answered]);

  const message = (reason: NumberRejection): string => {
    if (input.kind !== 'number') return ui.notNumber;
    switch (reason) {
      case 'tooSmall':
        return input.exclusiveMin ? ui.tooSmallExclusive(String(input.min)) : ui.tooSmall(String(input.min));
      case 'tooLarge':
        return ui.tooLarge(String(input.max));
      default:
        return ui[reason];
    }
  };

  return (
    <ExerciseCard
      id={id}
      title={title}
      question={question(shown)}
      input={input}
      text={state.text}
      choice={state.choice}
      inputError={state.rejection ? message(state.rejection) : null}
      unavailable={unavailable}
      record={state.record}
      answer={answered ? answer(shown, state.record?.answer ?? null) : null}
      onTextChange={state.setText}
      onChoiceChange={state.setChoice}
      onReveal={() => {
        if (state.reveal(() => solve(numbers))) {
          setAsked({ numbers });
          onReveal?.(numbers);
          justRevealed.current = true;
        } else {
          inputRef.current?.focus();
        }
      }}
      onRetry={() => {
        state.retry();
        setAsked(null);
      }}
      inputRef={inputRef}
      answerRef={answerRef}
    >
      {children}
    </ExerciseCard>
  );
}
