import {useMemo} from 'react';
import { Formula } from '@/ui/Formula';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { ScrollRegion } from '@/ui/ScrollRegion';
import { SIGMOID_EACH_TEX, SOFTMAX_ALL_TEX } from '../formula-tex';
import { sigmoidsVsSoftmax } from '../output-view';
import { classificationMessages } from '../strings';

interface SigmoidSumPanelProps {
  /** The page's logits, the ones the Softmax lesson's sliders drive. */
  logits: number[];
  names: string[];
}

/** Share of the track a sum fills: the track runs from 0 to q, the most q sigmoids can add up to. */
const fraction = (sum: number, q: number): string => `${(Math.min(1, Math.max(0, sum / q)) * 100).toFixed(2)}%`;

/** The same logits through q independent sigmoids (sum anywhere in (0, q)) and through the softmax (sum 1). */
export function SigmoidSumPanel({ logits, names }: SigmoidSumPanelProps) {
  const m = useMessages(classificationMessages);
  const view = useMemo(() => sigmoidsVsSoftmax(logits), [logits]);
  const q = logits.length;
  const sigmoidSum = fixed4(view.sigmoidSum);
  const sums = [
    { name: m.sigmoidSumName, value: view.sigmoidSum, className: 'sum-bar' },
    { name: m.softmaxSumName, value: view.probSum, className: 'sum-bar is-softmax' },
  ];

  return (
    <div className="panel sigmoid-sum-panel">
      <h3>{m.sigmoidHeading}</h3>
      <p className="lesson-text">{m.logitsWhy}</p>
      <p className="lesson-text">{m.sigmoidWhy}</p>
      <div className="formula-pair">
        <Formula tex={SIGMOID_EACH_TEX} display />
        <Formula tex={SOFTMAX_ALL_TEX} display />
      </div>
      <p className="muted small-print">
        {m.logitsSource} <a href="#softmax">{m.toSoftmax}</a>
      </p>
      <ScrollRegion label={m.tableLabel}>
        <table className="numbers sigmoid-table">
          <caption className="table-caption">{m.tableLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{m.colClass}</th>
              <th scope="col">{m.colLogit}</th>
              <th scope="col">{m.colSigmoid}</th>
              <th scope="col">{m.colSoftmax}</th>
            </tr>
          </thead>
          <tbody>
            {logits.map((o, j) => (
              <tr key={j}>
                <th scope="row">{names[j]}</th>
                <td>{fixed4(o)}</td>
                <td>{fixed4(view.sigmoids[j]!)}</td>
                <td>{fixed4(view.probs[j]!)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.sumRow}</th>
              <td />
              <td data-testid="sigmoid-sum">{sigmoidSum}</td>
              <td data-testid="softmax-sum">{fixed4(view.probSum)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <ul className="sum-bars sum-bars-scale" aria-label={m.sumsLabel}>
        {sums.map((sum) => (
          <li key={sum.name} className={sum.className}>
            <span>{sum.name}</span>
            <span className="sum-bar-track" aria-hidden="true">
              <span className="sum-bar-fill" style={{ width: fraction(sum.value, q) }} />
              <span className="sum-bar-one" style={{ left: fraction(1, q) }}>
                {sum.className === 'sum-bar' && <span className="sum-bar-one-label">1</span>}
              </span>
            </span>
            <span className="num">{fixed4(sum.value)}</span>
          </li>
        ))}
      </ul>
      <p className="lesson-text">{sigmoidSum === '1.0000' ? m.sumAccident : m.sumVerdict(sigmoidSum, q)}</p>
    </div>
  );
}
