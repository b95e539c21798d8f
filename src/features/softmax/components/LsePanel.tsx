import {useMemo} from 'react';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { fixed4, formatNumber } from '@/ui/format';
import { LSE_TEX, lseNumbersTex } from '../formula-tex';
import { lessonMessages } from '../lesson-strings';
import { lseView } from '../softmax-view';
import { softmaxMessages } from '../strings';

interface LsePanelProps {
  logits: number[];
  temperature: number;
}

/** Log-sum-exp, the smooth maximum: LSE(o) ≥ max o, and τ · LSE(o/τ) → max o as τ → 0. */
export function LsePanel({ logits, temperature }: LsePanelProps) {
  const m = useMessages(softmaxMessages);
  const lesson = useMessages(lessonMessages);
  const lse = useMemo(() => lseView(logits, temperature), [logits, temperature]);

  return (
    <div className="panel lse-panel">
      <h3>{m.lseHeading}</h3>
      <Formula tex={LSE_TEX} display />
      <Formula tex={lseNumbersTex(lse.lse, lse.max)} display />
      <p className="lesson-text">{lesson.lseWhy}</p>
      <table className="numbers lse-table">
        <caption className="table-caption">{m.lseTau}</caption>
        <thead>
          <tr>
            <th scope="col">{m.colTau}</th>
            <th scope="col">{m.colTauLse}</th>
            <th scope="col">{m.colMax}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="is-current">
            <td>{fixed4(temperature)}</td>
            <td>{formatNumber(lse.tauLse)}</td>
            <td>{formatNumber(lse.max)}</td>
          </tr>
          {lse.limit.map(({ tau, value }) => (
            <tr key={tau}>
              <td>{fixed4(tau)}</td>
              <td>{formatNumber(value)}</td>
              <td>{formatNumber(lse.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
