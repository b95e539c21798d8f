import { fixed4, formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { DrawPrediction } from '../lib/predict';
import { drawMessages } from '../strings';

interface DrawResultProps {
  /** null: nothing drawn, or no model to ask. */
  prediction: DrawPrediction | null;
  names: readonly string[];
  /** The test image shown unchanged, when the logits are the evaluation's own. */
  testIndex: number | null;
  onOpenInSoftmax: (logits: number[]) => void;
}

/** The predicted class, each class's logit and probability (with a bar), and where the numbers came from. */
export function DrawResult({ prediction, names, testIndex, onOpenInSoftmax }: DrawResultProps) {
  const m = useMessages(drawMessages);
  return (
    <div className="draw-result">
      <h3 className="draw-heading">{m.resultTitle}</h3>
      {prediction ? (
        <p className="draw-prediction" data-testid="draw-prediction" data-class={prediction.predicted} aria-live="polite">
          {m.predicted}: <strong>{names[prediction.predicted]}</strong>{' '}
          <span className="num">({fixed4(prediction.probs[prediction.predicted]!)})</span>
        </p>
      ) : (
        <p className="muted" data-testid="draw-no-prediction">
          {m.nothingDrawn}
        </p>
      )}
      <table className="numbers draw-probs">
        <caption className="visually-hidden">{m.probsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.classColumn}</th>
            <th scope="col">{m.logitColumn}</th>
            <th scope="col">{m.probColumn}</th>
            <td aria-hidden="true" className="draw-bar-cell" />
          </tr>
        </thead>
        <tbody>
          {names.map((name, c) => {
            const p = prediction?.probs[c];
            return (
              <tr key={c} className={prediction?.predicted === c ? 'draw-row-pred' : undefined}>
                <th scope="row">{name}</th>
                <td className="num">{prediction ? formatNumber(prediction.logits[c]!) : '—'}</td>
                <td className="num" data-testid={`draw-prob-${c}`}>
                  {p === undefined ? '—' : fixed4(p)}
                </td>
                <td className="draw-bar-cell" aria-hidden="true">
                  <span className="draw-bar" style={{ width: `${(p ?? 0) * 100}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {prediction && (
        <p className="muted draw-source" data-testid="draw-source" data-source={prediction.source}>
          {prediction.source === 'model' && testIndex !== null ? m.fromModel(testIndex) : m.fromPage}
          {prediction.agreement !== null && (
            <>
              {' '}
              <span data-testid="draw-logit-check" data-value={prediction.agreement}>
                {m.agreement(prediction.agreement.toExponential(1))}
              </span>
            </>
          )}
        </p>
      )}
      <button type="button" disabled={!prediction} onClick={() => prediction && onOpenInSoftmax(prediction.logits)}>
        {m.openInSoftmax}
      </button>
      <p className="muted draw-hint">{m.openHint}</p>
    </div>
  );
}
