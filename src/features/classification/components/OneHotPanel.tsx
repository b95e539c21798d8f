import {useId, useMemo} from 'react';
import { useMessages } from '@/ui/i18n';
import { ScrollRegion } from '@/ui/ScrollRegion';
import { formatNumber } from '@/ui/format';
import { labelView } from '../label-view';
import { classificationMessages } from '../strings';

interface OneHotPanelProps {
  /** The page's class names; q = their number. */
  names: string[];
  /** The chosen label's class (0-based), held by the lesson so an exercise can set it. */
  chosen: number;
  onChosenChange: (classIndex: number) => void;
}

/** The lecture's example label: the chicken, (0, 1, 0). */
export const FIRST_LABEL = 1;

/** Integer labels against one-hot vectors: pick a class, see both encodings and the distances they imply. */
export function OneHotPanel({ names, chosen, onChosenChange }: OneHotPanelProps) {
  const m = useMessages(classificationMessages);
  const selectId = useId();
  const q = names.length;
  const selected = Math.min(chosen, q - 1);
  const view = useMemo(() => labelView(selected, q), [selected, q]);
  const selectedName = names[selected] ?? '';

  return (
    <div className="panel onehot-panel">
      <h3>{m.labelsHeading}</h3>
      <div className="labels-layout">
        <div>
          <p className="lesson-text">{m.integerWhy}</p>
          <p className="lesson-text">{m.ordinalWhy}</p>
          <ol className="age-scale">
            {m.ages.split(', ').map((age) => (
              <li key={age}>{age}</li>
            ))}
          </ol>
          <p className="lesson-text">{m.oneHotWhy}</p>
        </div>
        <div>
          <div className="label-field">
            <label htmlFor={selectId}>{m.labelClass}</label>
            <select id={selectId} value={selected} onChange={(event) => onChosenChange(Number(event.target.value))}>
              {names.map((name, j) => (
                <option key={j} value={j}>
                  {`${j + 1}. ${name}`}
                </option>
              ))}
            </select>
          </div>
          <dl className="label-encodings">
            <dt>{m.integerCaption}</dt>
            <dd className="integer-label num">{`y = ${view.integerLabel}`}</dd>
            <dt>{m.oneHotCaption}</dt>
            <dd>
              <ol className="onehot-vector" aria-label={m.oneHotGroup(selectedName)}>
                {view.oneHot.map((v, j) => (
                  <li key={j} className={v === 1 ? 'onehot-entry is-hot' : 'onehot-entry'}>
                    <span className="onehot-value num" data-testid={`onehot-${j + 1}`}>
                      {String(v)}
                    </span>
                    <span className="onehot-name" title={names[j]}>
                      {names[j]}
                    </span>
                  </li>
                ))}
              </ol>
            </dd>
          </dl>
          <ScrollRegion label={m.distanceCaption(selectedName)}>
            <table className="numbers label-table">
              <caption className="table-caption">{m.distanceCaption(selectedName)}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colClass}</th>
                  <th scope="col">{m.colInteger}</th>
                  <th scope="col">{m.colIntegerDistance}</th>
                  <th scope="col">{m.colOneHotDistance}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.classIndex} className={row.classIndex === selected ? 'is-selected' : undefined}>
                    <th scope="row">{names[row.classIndex]}</th>
                    <td>{row.integerLabel}</td>
                    <td>{row.integerDistance}</td>
                    <td>{formatNumber(row.oneHotDistance)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      </div>
    </div>
  );
}
