import { useId, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { parseNumberInput } from '@/ui/number-input';
import { uiMessages } from '@/ui/strings';
import { expAnswer, formatScientific, judgeGuess } from '../exp-exercise';
import { lessonMessages } from '../lesson-strings';
import { softmaxMessages } from '../strings';

const ANSWER = expAnswer();

/**
 * The lecture's exercise "what is exp(50)?", asked before it is answered: the
 * student types an estimate, and only `reveal` puts the answer in the DOM.
 */
export function ExpExercise() {
  const lesson = useMessages(lessonMessages);
  const m = useMessages(softmaxMessages);
  const ui = useMessages(uiMessages);
  const inputId = useId();
  const [text, setText] = useState('');
  const [badInput, setBadInput] = useState(false);
  const [revealed, setRevealed] = useState(false);

  const parsed = badInput ? null : parseNumberInput(text);
  const notNumber = badInput || (parsed !== null && !parsed.ok && parsed.reason !== 'empty');
  const truth = Math.exp(ANSWER.x);
  const verdict = () => {
    if (!parsed?.ok) return lesson.noGuess;
    const { verdict: v, orders } = judgeGuess(parsed.value, truth);
    if (v === 'close') return lesson.guessClose(text);
    if (v === 'sameOrder') return lesson.guessSameOrder(text);
    if (v === 'off') return lesson.guessOff(text, Math.abs(orders!).toFixed(1));
    return lesson.guessNotPositive(text);
  };
  const formatName = (format: 'float64' | 'float32') => (format === 'float64' ? m.float64 : m.float32);

  return (
    <section className="exercise" data-testid="exercise" data-id="exp50" data-state={revealed ? 'answered' : 'open'}>
      <h4 className="exercise-title">{lesson.exerciseTitle}</h4>
      <p className="lesson-text">{lesson.exp50Question}</p>
      <div className="row exercise-controls">
        <label htmlFor={inputId}>{lesson.yourAnswer}</label>
        <input
          id={inputId}
          type="number"
          step="any"
          inputMode="decimal"
          className="exercise-input"
          value={text}
          aria-invalid={notNumber}
          onChange={(event) => {
            setText(event.target.value);
            setBadInput(event.target.validity.badInput);
          }}
        />
        <button type="button" className="button-secondary" onClick={() => setRevealed(true)} disabled={revealed}>
          {lesson.reveal}
        </button>
      </div>
      {notNumber && (
        <p role="alert" className="field-error">
          {ui.notNumber}
        </p>
      )}
      {revealed && (
        <div className="exercise-answer" data-testid="exercise-answer">
          <p className="exercise-value">
            {lesson.exp50Value} <strong className="num">{formatScientific(ANSWER.value)}</strong>
          </p>
          <ul>
            {ANSWER.limits.map((limit) => {
              const say = limit.fits ? lesson.fitsIn : lesson.overflowsIn;
              return (
                <li key={limit.format}>
                  {say(formatName(limit.format), formatScientific(limit.max), limit.threshold.toFixed(4))}
                </li>
              );
            })}
          </ul>
          <p className="muted">{verdict()}</p>
        </div>
      )}
    </section>
  );
}
