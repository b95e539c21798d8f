import {useMemo} from 'react';
import { BarChart } from '@/ui/BarChart';
import { classBars } from '@/ui/class-bars';
import { useMessages } from '@/ui/i18n';
import { fixed4, formatNumber } from '@/ui/format';
import { classColor } from '@/ui/palette';
import { formatExp, type SoftmaxView } from '../softmax-view';
import { softmaxMessages } from '../strings';
import { ScrollRegion } from '@/ui/ScrollRegion';

interface ProbabilityViewProps {
  view: SoftmaxView;
  names: string[];
}

/** The probabilities as bars (the argmax outlined) and as a table of every step: o, exp, ŷ and the sums. */
export function ProbabilityView({ view, names }: ProbabilityViewProps) {
  const m = useMessages(softmaxMessages);
  const data = useMemo(() => classBars(names, view.probs, view.top), [view, names]);

  return (
    <div className="panel probability-view">
      <h3>{m.probsHeading}</h3>
      <BarChart data={data} domain={[0, 1]} ariaLabel={m.chartLabel} formatValue={fixed4} height={260} />
      <ScrollRegion label={m.probsHeading}>
        <table className="numbers softmax-table">
          <thead>
            <tr>
              <th scope="col">{m.colClass}</th>
              <th scope="col">o</th>
              <th scope="col">{m.colExpExact}</th>
              {view.stable && <th scope="col">{m.colExpShifted}</th>}
              <th scope="col">{m.colProb}</th>
            </tr>
          </thead>
          <tbody>
            {view.probs.map((p, j) => (
              <tr key={j} className={j === view.top ? 'is-top' : undefined}>
                <th scope="row" className="class-cell">
                  <span className="logit-swatch" style={{ background: classColor(j) }} aria-hidden="true" />
                  {names[j]}
                </th>
                <td>{formatNumber(view.logits[j]!)}</td>
                <td>{view.stable ? formatExp(view.scaled[j]!) : formatNumber(view.exps[j]!)}</td>
                {view.stable && <td>{formatNumber(view.exps[j]!)}</td>}
                <td data-testid={`prob-${j + 1}`}>{fixed4(p)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.sumRow}</th>
              <td />
              <td>{view.stable ? formatExp(view.shift + Math.log(view.sum)) : formatNumber(view.sum)}</td>
              {view.stable && <td>{formatNumber(view.sum)}</td>}
              <td data-testid="prob-sum">{fixed4(view.probSum)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p className="muted small-print">{view.stable ? m.expNote : m.naiveExpNote}</p>
    </div>
  );
}
