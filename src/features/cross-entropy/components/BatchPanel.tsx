import { useState } from 'react';
import { natsToBits } from '@/math/cross-entropy';
import { fixed4, formatNumber } from '@/ui/format';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { ScrollRegion } from '@/ui/ScrollRegion';
import {
  BATCH_CLASSES,
  BATCH_MAX_ROWS,
  BATCH_MIN_ROWS,
  D2L_BATCH,
  addRow,
  evaluateBatch,
  normalizeRow,
  removeRow,
  setCell,
  setLabel,
  type BatchDraft,
  type BatchResult,
} from '../batch-example';
import { MLE_TEX, likelihoodTex } from '../likelihood-tex';
import { BatchSnippet } from './BatchSnippet';
import { inUnit, type InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';

const COLUMNS = Array.from({ length: BATCH_CLASSES }, (_, j) => j);

/**
 * The loss from maximum likelihood on the lecture's batch y_hat[[0, 1], y]: the
 * derivation, an editable batch, and its likelihood, mean loss and accuracy, live.
 */
export function BatchPanel({ unit }: { unit: InfoUnit }) {
  const m = useMessages(ceMessages);
  const [draft, setDraft] = useState<BatchDraft>(D2L_BATCH);
  // Invalid rows leave the last valid batch's numbers on screen, marked as such.
  const [valid, setValid] = useState<BatchDraft>(D2L_BATCH);
  const evaluation = evaluateBatch(draft);
  const shown = evaluateBatch(valid);
  const result = shown.ok ? shown : null;

  const update = (next: BatchDraft) => {
    setDraft(next);
    if (evaluateBatch(next).ok) setValid(next);
  };

  return (
    <>
      <h3>{m.batchHeading}</h3>
      <p className="lesson-lead">{m.batchHint}</p>
      <Formula tex={MLE_TEX} display testId="mle-formula" />
      <p className="lesson-lead">{m.mleLog}</p>
      <div className="panel ce-stack">
        <p className="muted ce-small">{m.batchEditHint}</p>
        <BatchTable draft={draft} result={result} evaluation={evaluation} unit={unit} onChange={update} />
        {!evaluation.ok && (
          <div role="alert" className="notice notice-error ce-batch-alert">
            <p className="ce-flush">
              {evaluation.problems.map((p) => m.rowSumProblem(p.row, formatNumber(p.sum))).join(' ')} {m.batchKept}
            </p>
            <div className="row">
              {evaluation.problems
                .filter((p) => normalizeRow(draft, p.row) !== draft)
                .map((p) => (
                  <button key={p.row} type="button" className="button-quiet" onClick={() => update(normalizeRow(draft, p.row))}>
                    {m.normalizeRow(p.row)}
                  </button>
                ))}
            </div>
          </div>
        )}
        <div className="row">
          <button type="button" className="button-quiet" onClick={() => update(addRow(draft))} disabled={draft.rows.length >= BATCH_MAX_ROWS}>
            {m.addRow}
          </button>
          <button type="button" className="button-quiet" onClick={() => update(removeRow(draft))} disabled={draft.rows.length <= BATCH_MIN_ROWS}>
            {m.removeRow}
          </button>
        </div>
        {result && <BatchSummary result={result} unit={unit} />}
      </div>
      {result && <BatchSnippet batch={valid} result={result} />}
      <h4 className="ce-subtitle ce-after-panel">{m.notDistanceHeading}</h4>
      <p className="lesson-lead">{m.notDistance}</p>
    </>
  );
}

interface BatchTableProps {
  draft: BatchDraft;
  result: BatchResult | null;
  evaluation: ReturnType<typeof evaluateBatch>;
  unit: InfoUnit;
  onChange: (next: BatchDraft) => void;
}

/** The editable rows ŷ⁽ⁱ⁾ with their labels, and per row the picked probability, its −log and the prediction. */
function BatchTable({ draft, result, evaluation, unit, onChange }: BatchTableProps) {
  const m = useMessages(ceMessages);
  const unitName = m[unit];
  const isBad = (i: number) => !evaluation.ok && evaluation.problems.some((p) => p.row === i);
  return (
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
            <th scope="col">{m.argmaxCol}</th>
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, i) => {
            const shown = result && i < result.picked.length;
            const right = shown && result.predicted[i] === draft.labels[i];
            return (
              <tr key={i} className={isBad(i) ? 'ce-bad-row' : undefined}>
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
                      onCommit={(value) => onChange(setCell(draft, i, j, value))}
                    />
                  </td>
                ))}
                <td>
                  <select
                    aria-label={m.batchLabel(i)}
                    value={draft.labels[i]}
                    onChange={(e) => onChange(setLabel(draft, i, Number(e.target.value)))}
                  >
                    {COLUMNS.map((j) => (
                      <option key={j} value={j}>
                        {j}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="num" data-testid={`batch-picked-${i}`}>
                  {shown ? formatNumber(result.picked[i]!) : '–'}
                </td>
                <td className="num" data-testid={`batch-loss-${i}`}>
                  {shown ? formatNumber(inUnit(result.losses[i]!, unit)) : '–'}
                </td>
                <td className={shown ? (right ? 'num ce-right' : 'num ce-wrong') : 'num'} data-testid={`batch-pred-${i}`}>
                  {shown ? (
                    <>
                      {result.predicted[i]} <span aria-hidden="true">{right ? '✓' : '✗'}</span>
                      <span className="visually-hidden">{right ? m.rightMark : m.wrongMark}</span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={BATCH_CLASSES + 3}>
              {m.meanLoss(unitName)}
            </th>
            <td className="num" data-testid="batch-mean">
              <strong>{result ? formatNumber(inUnit(result.mean, unit)) : '–'}</strong>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

/** The likelihood, the mean loss (the contract's hook in nats, bits beside it) and the accuracy. */
function BatchSummary({ result, unit }: { result: BatchResult; unit: InfoUnit }) {
  const m = useMessages(ceMessages);
  const n = result.picked.length;
  return (
    <>
      <p className="ce-flush">{m.withNumbers}</p>
      <Formula tex={likelihoodTex(result, unit, m[unit])} display testId="likelihood-formula" />
      <dl className="ce-info ce-batch-summary">
        <dt>{m.likelihoodLabel}</dt>
        <dd>
          <strong className="num" data-testid="batch-likelihood">
            {fixed4(result.likelihood)}
          </strong>
        </dd>
        <dt>{m.meanNllLabel}</dt>
        <dd>
          <strong className="num" data-testid="batch-loss">
            {fixed4(result.mean)}
          </strong>
          <span className="ce-unit">{m.nats}</span>
          {unit === 'bits' && <span className="ce-unit num">{m.lossInBits(formatNumber(natsToBits(result.mean)))}</span>}
        </dd>
        <dt>{m.accuracyLabel}</dt>
        <dd>
          <strong className="num" data-testid="batch-accuracy">
            {fixed4(result.accuracy)}
          </strong>
          <span className="ce-unit">{m.accuracyDetail(Math.round(result.accuracy * n), n)}</span>
        </dd>
      </dl>
    </>
  );
}
