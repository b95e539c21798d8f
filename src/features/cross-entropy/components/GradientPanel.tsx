import { useMemo, type ReactNode } from 'react';
import { BarChart } from '@/ui/BarChart';
import { fixed4 } from '@/ui/format';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { ScrollRegion } from '@/ui/ScrollRegion';
import { classBars } from '@/ui/class-bars';
import { gradientDerivationTex } from '../formulas';
import type { LossView } from '../cross-entropy-view';
import { ceMessages } from '../strings';

/** ŷ_j − y_j lies in [−1, 1]; the margin leaves room for the value label under a bar near −1. */
const GRADIENT_DOMAIN: [number, number] = [-1.2, 1.2];

interface GradientPanelProps {
  classNames: string[];
  logits: number[];
  view: LossView;
  trueClass: number;
  soft: boolean;
  /** The step controls, shown under the numbers they change. */
  children?: ReactNode;
}

/** ∂l/∂o_j = ŷ_j − y_j (ŷ_j − p_j for a soft label): its derivation, as signed bars, and as numbers. */
export function GradientPanel({ classNames, logits, view, trueClass, soft, children }: GradientPanelProps) {
  const m = useMessages(ceMessages);
  const data = useMemo(() => classBars(classNames, view.grad, soft ? null : trueClass), [classNames, view.grad, trueClass, soft]);
  return (
    <div className="ce-stack">
      <div className="panel">
        <Formula tex={gradientDerivationTex(soft ? 'soft' : 'hard')} display />
      </div>
      <div className="grid-2">
        <div className="panel">
          <BarChart data={data} domain={GRADIENT_DOMAIN} ariaLabel={m.gradientChart} height={240} />
        </div>
        <div className="panel ce-stack">
          <ScrollRegion label={m.gradientChart}>
            <table className="numbers">
              <caption className="visually-hidden">{m.gradientChart}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.classCol}</th>
                  <th scope="col">{m.logitCol}</th>
                  <th scope="col">ŷⱼ</th>
                  <th scope="col">{soft ? 'pⱼ' : 'yⱼ'}</th>
                  <th scope="col">{m.gradientCol(soft)}</th>
                </tr>
              </thead>
              <tbody>
                {classNames.map((name, j) => (
                  <tr key={j} className={!soft && j === trueClass ? 'ce-true-row' : undefined}>
                    <th scope="row" className="ce-class-name">{`${j + 1}. ${name}`}</th>
                    <td className="num">{fixed4(logits[j]!)}</td>
                    <td className="num">{fixed4(view.probs[j]!)}</td>
                    <td className="num">{fixed4(view.label[j]!)}</td>
                    <td className="num" data-testid={`grad-${j + 1}`}>
                      {fixed4(view.grad[j]!)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="muted ce-small">{m.gradientUnitNote}</p>
          {children}
        </div>
      </div>
    </div>
  );
}
