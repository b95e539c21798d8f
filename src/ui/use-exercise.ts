import { useState } from 'react';
import { forgetExercise, recordExercise, useExerciseProgress, type ExerciseRecord } from './exercise-progress';
import type { CommittedAnswer, Verdict } from './exercise-verdict';
import { parseNumberInput, type NumberRejection, type NumberRules } from './number-input';

export interface ChoiceOption {
  value: string;
  label: string;
}

/** How the student commits: a number (with its allowed range) or one of a few choices. */
export type ExerciseInput = ({ kind: 'number' } & NumberRules) | { kind: 'choice'; options: readonly ChoiceOption[] };

export type { CommittedAnswer };

/** What a lesson computes at reveal time: the answer, and how a committed one compares with it. */
export interface ExerciseSolution {
  /** The answer as the verdict line quotes it (`0.5065`); for a choice question, the right option's value. */
  truth: string;
  verdict: (answer: CommittedAnswer) => Verdict;
}

export interface ExerciseState {
  record: ExerciseRecord | undefined;
  text: string;
  choice: string | null;
  /** Why the typed answer cannot be committed; null while it can (or the box is empty). */
  rejection: NumberRejection | null;
  /** The reveal was asked for with an answer that cannot be committed: the message is shown as an alert. */
  refused: boolean;
  setText: (text: string, badInput: boolean) => void;
  setChoice: (value: string) => void;
  /** Computes the solution now, judges what was committed and records it; false (nothing revealed) on bad input. */
  reveal: (solve: () => ExerciseSolution) => boolean;
  retry: () => void;
}

/**
 * One exercise's state: the answer being typed or chosen, and once revealed the
 * record kept in the browser. An answer that is not a number or out of range is
 * never judged: reveal refuses it and the card says why.
 */
export function useExercise(id: string, input: ExerciseInput): ExerciseState {
  const progress = useExerciseProgress();
  const record = progress[id];
  const [text, setTextState] = useState('');
  const [badInput, setBadInput] = useState(false);
  const [choice, setChoice] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  const parsed = input.kind === 'number' ? (badInput ? null : parseNumberInput(text, input)) : null;
  const rejection: NumberRejection | null =
    input.kind !== 'number' ? null : badInput ? 'notNumber' : parsed && !parsed.ok && parsed.reason !== 'empty' ? parsed.reason : null;

  const committed = (): CommittedAnswer | null => {
    if (input.kind === 'choice') return choice === null ? null : { kind: 'choice', value: choice };
    return parsed?.ok ? { kind: 'number', value: parsed.value } : null;
  };

  return {
    record,
    text,
    choice,
    rejection,
    refused,
    setText: (next, bad) => {
      setTextState(next);
      setBadInput(bad);
      setRefused(false);
    },
    setChoice,
    reveal: (solve) => {
      if (rejection) {
        setRefused(true);
        return false;
      }
      const answer = committed();
      const solution = solve();
      recordExercise(id, {
        answer: answer === null ? null : answer.kind === 'number' ? text.trim() : answer.value,
        verdict: answer === null ? null : solution.verdict(answer),
        truth: solution.truth,
      });
      return true;
    },
    retry: () => {
      forgetExercise(id);
      setTextState('');
      setBadInput(false);
      setChoice(null);
      setRefused(false);
    },
  };
}
