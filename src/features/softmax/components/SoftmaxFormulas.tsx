import {useId, useMemo} from 'react';
import { softmaxSteps } from '@/math/softmax';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { DEFINITION_TEX, stableTex, substitutedTex } from '../formula-tex';
import type { SoftmaxView } from '../softmax-view';
import { lessonMessages } from '../lesson-strings';
import { softmaxMessages } from '../strings';

interface SoftmaxFormulasProps {
  view: SoftmaxView;
  names: string[];
  /** The class whose probability the formulas spell out. */
  focus: number;
  onFocusChange: (index: number) => void;
}

/** The definition, the same formula with the current numbers, and the stable form with its numbers. */
export function SoftmaxFormulas({ view, names, focus, onFocusChange }: SoftmaxFormulasProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const selectId = useId();
  const c = Math.min(focus, view.logits.length - 1);
  // The stable form is always shown stably, even while the naive switch is on: that is the contrast.
  const stable = useMemo(() => softmaxSteps(view.logits, view.temperature), [view.logits, view.temperature]);

  return (
    <div className="panel softmax-formulas" data-testid="softmax-formula">
      <div className="row formula-head">
        <h3>{m.formulaHeading}</h3>
        <span className="preset-field">
          <label htmlFor={selectId}>{m.formulaClass}</label>
          <select id={selectId} value={c} onChange={(event) => onFocusChange(Number(event.target.value))}>
            {names.map((name, j) => (
              <option key={j} value={j}>
                {`${j + 1}. ${name}`}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="formula-caption">{m.definition}</p>
      <Formula tex={DEFINITION_TEX} display />
      <p className="formula-caption">{view.stable ? m.withNumbers : m.withNumbersNaive}</p>
      <Formula tex={substitutedTex(view, names, c)} display />
      <p className="formula-caption">{m.stableForm}</p>
      <Formula tex={stableTex(stable, names, c)} display />
      <p className="lesson-text">{lesson.stableWhy}</p>
    </div>
  );
}
