import { useMemo } from 'react';
import { BarChart } from '@/ui/BarChart';
import { formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { classBars } from '@/ui/class-bars';
import { inUnit, surprisalAxisTop, type InfoUnit, type LossView } from '../cross-entropy-view';
import { ceMessages } from '../strings';
import { SurprisalCurve } from './SurprisalCurve';

interface SurprisalPanelProps {
  classNames: string[];
  view: LossView;
  trueClass: number;
  unit: InfoUnit;
}

/** −log ŷ_j as bars, and where the true class sits on the curve −log q. */
export function SurprisalPanel({ classNames, view, trueClass, unit }: SurprisalPanelProps) {
  const m = useMessages(ceMessages);
  const data = useMemo(
    () => classBars(classNames, view.surprisals.map((s) => inUnit(s, unit)), trueClass),
    [classNames, view.surprisals, trueClass, unit],
  );
  return (
    <>
      <h3>{m.surprisalHeading}</h3>
      <p className="lesson-lead">{m.surprisalHint}</p>
      <div className="grid-2">
        <div className="panel">
          <BarChart
            data={data}
            domain={[0, surprisalAxisTop(data.map((d) => d.value))]}
            ariaLabel={m.surprisalChart(m[unit])}
            formatValue={formatNumber}
            height={260}
          />
        </div>
        <div className="panel">
          <SurprisalCurve probability={view.probs[trueClass]!} surprisal={-view.logProbs[trueClass]!} unit={unit} />
        </div>
      </div>
    </>
  );
}
