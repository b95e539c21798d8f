import { useId, type Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { ScrollRegion } from '@/ui/ScrollRegion';
import type { LabelMode, LossView } from '../cross-entropy-view';
import { ceMessages } from '../strings';
import { SoftLabelEditor } from './SoftLabelEditor';

interface LabelPanelProps {
  classNames: string[];
  trueClass: number;
  labelMode: LabelMode;
  softWeights: number[];
  view: LossView;
  dispatch: Dispatch<PlaygroundAction>;
}

/** Picks the label (a true class, or a soft distribution) and shows y beside ŷ. */
export function LabelPanel({ classNames, trueClass, labelMode, softWeights, view, dispatch }: LabelPanelProps) {
  const m = useMessages(ceMessages);
  const selectId = useId();
  const modeName = useId();
  const soft = labelMode === 'soft';
  return (
    <div className="panel ce-stack">
      <h3 className="ce-panel-title">{m.labelHeading}</h3>
      <div className="row">
        <label htmlFor={selectId}>{m.trueClass}</label>
        <select
          id={selectId}
          value={trueClass}
          disabled={soft}
          onChange={(event) => dispatch({ type: 'setTrueClass', trueClass: Number(event.target.value) })}
        >
          {classNames.map((name, j) => (
            <option key={j} value={j}>
              {`${j + 1}. ${name}`}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ce-choice">
        <legend>{m.labelMode}</legend>
        {(['hard', 'soft'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={modeName}
              value={mode}
              checked={labelMode === mode}
              onChange={() => dispatch({ type: 'setLabelMode', labelMode: mode })}
            />
            {mode === 'hard' ? m.oneHot : m.softLabel}
          </label>
        ))}
      </fieldset>
      {soft && <SoftLabelEditor classNames={classNames} weights={softWeights} dispatch={dispatch} />}
      <ScrollRegion label={m.labelTableCaption}>
        <table className="numbers">
          <caption className="visually-hidden">{m.labelTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.classCol}</th>
              <th scope="col">{m.predictedCol}</th>
              <th scope="col">{m.labelCol(soft)}</th>
            </tr>
          </thead>
          <tbody>
            {classNames.map((name, j) => (
              <tr key={j} className={!soft && j === trueClass ? 'ce-true-row' : undefined}>
                <th scope="row" className="ce-class-name">{`${j + 1}. ${name}`}</th>
                <td className="num">{fixed4(view.probs[j]!)}</td>
                <td className="num" data-testid={`ce-label-${j + 1}`}>
                  {fixed4(view.label[j]!)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
