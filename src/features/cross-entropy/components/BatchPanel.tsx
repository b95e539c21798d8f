import { useState } from 'react';
import { formatNumber } from '@/ui/format';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import {
  BATCH_CLASSES,
  BATCH_MAX_ROWS,
  BATCH_MIN_ROWS,
  D2L_BATCH,
  addRow,
  evaluateBatch,
  removeRow,
  setCell,
  setLabel,
  type BatchDraft,
} from '../batch';
import { inUnit, type InfoUnit } from '../model';
import { ceMessages } from '../strings';
import { ScrollRegion } from '@/ui/ScrollRegion';

const COLUMNS = Array.from({ length: BATCH_CLASSES }, (_, j) => j);

/** The book's y_hat[[0, 1], y]: an editable batch, the picked probabilities and the mean loss. */
export function BatchPanel({ unit }: { unit: InfoUnit }) {
  const m = useMessages(ceMessages);
  const [draft, setDraft] = useState<BatchDraft>(D2L_BATCH);
  // Invalid rows leave the last valid batch's numbers on screen, marked as such.
  const [valid, setValid] = useState<BatchDraft>(D2L_BATCH);
  const evaluation = evaluateBatch(draft);
  const shown = evaluateBatch(valid);

  const update = (next: BatchDraft) => {
    setDraft(next);
    if (evaluateBatch(next).ok) setValid(next);
  };

  const unitName = m[unit];
  const result = shown.ok ? shown : null;
  const pickTex = result
    ? `\\texttt{y\\_hat[[${result.picked.map((_, i) => i).join(', ')}], y]} = [${result.picked.map((p) => formatNumber(p)).join(',\\ ')}]`
    : '';

  return (
    <>
      <h3>{m.batchHeading}</h3>
      <p className="lesson-lead">{m.batchHint}</p>
      <div className="panel ce-stack">
        <ScrollRegion label={m.batchHeading}>
          <table className="numbers ce-batch">
            <caption className="visually-hidden">{m.batchCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.rowCol}</th>
                {COLUMNS.map((j) => (
                  <th scope="col" key={j}>{`ŷ[i, ${j}]`}</th>
                ))}
                <th scope="col">y[i]</th>
                <th scope="col">{m.pickedCol}</th>
                <th scope="col">{m.rowLossCol(unitName)}</th>
              </tr>
            </thead>
            <tbody>
              {draft.rows.map((row, i) => (
                <tr key={i} className={!evaluation.ok && evaluation.problems.some((p) => p.row === i) ? 'ce-bad-row' : undefined}>
                  <th scope="row">{i}</th>
                  {COLUMNS.map((j) => (
                    <td key={j}>
                      <NumberField
                        label={m.batchCell(i, j)}
                        hideLabel
                        value={row[j]!}
                        min={0}
                        max={1}
                        className="ce-cell"
                        onCommit={(value) => update(setCell(draft, i, j, value))}
                      />
                    </td>
                  ))}
                  <td>
                    <select
                      aria-label={m.batchLabel(i)}
                      value={draft.labels[i]}
                      onChange={(e) => update(setLabel(draft, i, Number(e.target.value)))}
                    >
                      {COLUMNS.map((j) => (
                        <option key={j} value={j}>
                          {j}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="num" data-testid={`batch-picked-${i}`}>
                    {result && i < result.picked.length ? formatNumber(result.picked[i]!) : '–'}
                  </td>
                  <td className="num" data-testid={`batch-loss-${i}`}>
                    {result && i < result.losses.length ? formatNumber(inUnit(result.losses[i]!, unit)) : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={BATCH_CLASSES + 3}>
                  {m.meanLoss(unitName)}
                </th>
                <td className="num" data-testid="batch-mean">
                  <strong>{result ? formatNumber(inUnit(result.mean, unit)) : '–'}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
        {!evaluation.ok && (
          <div role="alert" className="notice notice-error">
            <p className="ce-flush">
              {evaluation.problems.map((p) => m.rowSumProblem(p.row, formatNumber(p.sum))).join(' ')} {m.batchKept}
            </p>
          </div>
        )}
        {pickTex && <Formula tex={pickTex} display />}
        <div className="row">
          <button type="button" className="button-quiet" onClick={() => update(addRow(draft))} disabled={draft.rows.length >= BATCH_MAX_ROWS}>
            {m.addRow}
          </button>
          <button type="button" className="button-quiet" onClick={() => update(removeRow(draft))} disabled={draft.rows.length <= BATCH_MIN_ROWS}>
            {m.removeRow}
          </button>
        </div>
      </div>
    </>
  );
}
