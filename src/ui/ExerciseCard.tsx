import { useId, type ReactNode, type Ref } from 'react';
import type { ExerciseRecord } from './exercise-progress';
import { exerciseMessages } from './exercise-strings';
import type { Verdict } from './exercise-verdict';
import { useMessages } from './i18n';
import type { ExerciseInput } from './use-exercise';
import './exercise.css';

export interface ExerciseCardProps {
  /** The stable id of ui-contract.md ("exercises"): `ch3.6-1`, `double-tau`… */
  id: string;
  title: string;
  question: ReactNode;
  /** Widgets that belong to the question (a cost matrix to set), shown before and after reveal. */
  children?: ReactNode;
  input: ExerciseInput;
  text: string;
  choice: string | null;
  /** The message for an answer that cannot be committed, or null. */
  inputError: string | null;
  /** Why reveal is not possible yet (the answer needs a trained model), or null. */
  unavailable?: string | null;
  record: ExerciseRecord | undefined;
  /** The explanation, rendered only once answered (never in the DOM before). */
  answer: ReactNode;
  onTextChange: (text: string, badInput: boolean) => void;
  onChoiceChange: (value: string) => void;
  onReveal: () => void;
  onRetry: () => void;
  inputRef?: Ref<HTMLInputElement>;
  answerRef?: Ref<HTMLDivElement>;
}

const VERDICT_KEYS = { right: 'verdictRight', close: 'verdictClose', wrong: 'verdictWrong' } as const satisfies Record<Verdict, string>;

/**
 * A predict-then-reveal card: the question, the student's answer (a number box
 * named `your answer`, or radio buttons), `reveal`, and then the verdict and the
 * lesson's explanation. Presentational: useExercise holds the state.
 */
export function ExerciseCard({
  id,
  title,
  question,
  children,
  input,
  text,
  choice,
  inputError,
  unavailable,
  record,
  answer,
  onTextChange,
  onChoiceChange,
  onReveal,
  onRetry,
  inputRef,
  answerRef,
}: ExerciseCardProps) {
  const m = useMessages(exerciseMessages);
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();
  const unavailableId = useId();
  const answered = record !== undefined;
  const chapter = id.startsWith('ch');
  // A choice is quoted by its label (in the page's language), a number as typed.
  const optionLabel = (value: string) =>
    input.kind === 'choice' ? `“${input.options.find((o) => o.value === value)?.label ?? value}”` : value;

  return (
    <section
      id={`exercise-${id}`}
      className={['exercise', chapter ? 'exercise-chapter' : 'exercise-think'].join(' ')}
      data-testid="exercise"
      data-id={id}
      data-state={answered ? 'answered' : 'open'}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <header className="exercise-head">
        <span className="exercise-kicker">{chapter ? m.chapterKicker(id.slice(2)) : m.thinkKicker}</span>
        <h4 id={titleId} className="exercise-title">
          {title}
        </h4>
      </header>
      <div className="exercise-question">{question}</div>
      {children}
      <div className="exercise-commit">
        {input.kind === 'number' ? (
          <span className="exercise-number">
            <label htmlFor={inputId}>{m.yourAnswer}</label>
            <input
              ref={inputRef}
              id={inputId}
              type="number"
              step="any"
              inputMode="decimal"
              className="exercise-input"
              value={answered ? (record.answer ?? '') : text}
              readOnly={answered}
              aria-invalid={inputError !== null}
              aria-describedby={inputError ? errorId : undefined}
              onChange={(event) => onTextChange(event.target.value, event.target.validity.badInput)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !answered && !unavailable) onReveal();
              }}
            />
          </span>
        ) : (
          <fieldset className="exercise-choices">
            <legend>{m.yourAnswer}</legend>
            {input.options.map((option) => (
              <label key={option.value} className="exercise-choice">
                <input
                  type="radio"
                  name={inputId}
                  value={option.value}
                  checked={(answered ? record.answer : choice) === option.value}
                  disabled={answered}
                  onChange={() => onChoiceChange(option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <button
          type="button"
          className="exercise-reveal"
          onClick={onReveal}
          disabled={answered || Boolean(unavailable)}
          aria-describedby={unavailable ? unavailableId : undefined}
        >
          {m.reveal}
        </button>
      </div>
      {inputError && !answered && (
        <p id={errorId} role="alert" className="field-error exercise-error">
          {inputError}
        </p>
      )}
      {unavailable && !answered && (
        <p id={unavailableId} className="muted exercise-unavailable">
          {unavailable}
        </p>
      )}
      {answered && (
        <div ref={answerRef} className="exercise-answer" data-testid="exercise-answer" data-verdict={record.verdict ?? 'none'} tabIndex={-1}>
          <p className={`exercise-verdict exercise-verdict-${record.verdict ?? 'none'}`} data-testid="exercise-verdict">
            {record.verdict === null ? (
              <>
                {m.noAnswer} {m.truthOnly(optionLabel(record.truth))}
              </>
            ) : (
              <>
                <strong>{m[VERDICT_KEYS[record.verdict]]}</strong>{' '}
                {input.kind === 'choice' && record.verdict === 'right'
                  ? m.yourChoice(optionLabel(record.answer ?? ''))
                  : m.comparison(optionLabel(record.answer ?? ''), optionLabel(record.truth))}
              </>
            )}
          </p>
          <div className="exercise-explanation">{answer}</div>
          <button type="button" className="button-quiet exercise-retry" onClick={onRetry}>
            {m.tryAgain}
          </button>
        </div>
      )}
    </section>
  );
}
