import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceDot, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { curveMarker, inUnit, surprisalCurve, type InfoUnit } from '../model';
import { ceMessages } from '../strings';

interface SurprisalCurveProps {
  /** ŷ of the true class. */
  probability: number;
  /** Its surprisal in nats (finite by the stable route even when ŷ underflows). */
  surprisal: number;
  unit: InfoUnit;
}

/** −log q over q ∈ (0, 1], with the true class's point marked: the wall at q → 0 is the lesson. */
export const SurprisalCurve = memo(function SurprisalCurve({ probability, surprisal, unit }: SurprisalCurveProps) {
  const m = useMessages(ceMessages);
  const data = useMemo(() => surprisalCurve(unit), [unit]);
  const unitName = m[unit];
  // The curve, its axes and grid change only with the unit. Kept as the same
  // elements while the marker moves, React skips them, and recharts' Line does
  // not re-measure its path (getTotalLength forces a layout) on every logit drag.
  const curve = useMemo(
    () => [
      <CartesianGrid key="grid" className="ce-grid" />,
      <XAxis
        key="x"
        dataKey="q"
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        label={{ value: m.curveX, position: 'insideBottom', offset: -12 }}
      />,
      <YAxis
        key="y"
        width={48}
        tickFormatter={(v: number) => `${+v.toFixed(1)}`}
        label={{ value: m.curveY(unitName), angle: -90, position: 'insideLeft', offset: 10 }}
      />,
      <Line
        key="curve"
        dataKey="surprisal"
        type="monotone"
        dot={false}
        isAnimationActive={false}
        activeDot={false}
        className="ce-curve"
      />,
    ],
    [m, unitName],
  );
  const marker = curveMarker(probability, unit);
  const shownSurprisal = formatNumber(inUnit(surprisal, unit));
  const caption = marker.offChart
    ? m.curveOffChart(formatNumber(probability), shownSurprisal, unitName)
    : m.curvePoint(formatNumber(probability), shownSurprisal, unitName);
  return (
    <figure className="ce-figure" role="group" aria-label={m.curveChart(unitName)}>
      <div className="ce-chart" aria-hidden="true">
        <LineChart
          data={data}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 12, right: 16, bottom: 20, left: 4 }}
          accessibilityLayer={false}
        >
          {curve}
          <ReferenceDot x={marker.q} y={marker.surprisal} r={7} className="ce-marker" ifOverflow="visible" />
        </LineChart>
      </div>
      <figcaption className="muted ce-small" data-testid="ce-curve-point">
        {caption}
      </figcaption>
    </figure>
  );
});
