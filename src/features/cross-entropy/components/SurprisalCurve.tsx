import {useMemo} from 'react';
import { formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { seriesPath } from '@/ui/series-path';
import { curveMarker, inUnit, surprisalCurve, type InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';

interface SurprisalCurveProps {
  /** ŷ of the true class. */
  probability: number;
  /** Its surprisal in nats (finite by the stable route even when ŷ underflows). */
  surprisal: number;
  unit: InfoUnit;
}

// A plain SVG plot rather than recharts: its Line re-measures the whole path
// (getTotalLength, a forced layout) on every render, so on every logit drag,
// while here only the marker moves and the curve is computed once per unit.
const WIDTH = 420;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 44, left: 52 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const X_TICKS = [0, 0.25, 0.5, 0.75, 1];

const xOf = (q: number): number => MARGIN.left + q * PLOT_W;

/** −log q over q ∈ (0, 1], with the true class's point marked: the wall at q → 0 is the lesson. */
export function SurprisalCurve({ probability, surprisal, unit }: SurprisalCurveProps) {
  const m = useMessages(ceMessages);
  const unitName = m[unit];
  const plot = useMemo(() => {
    const points = surprisalCurve(unit);
    // The y axis ends at the next even number above the curve's top (8 nats, 10 bits).
    const yMax = 2 * Math.ceil(Math.max(...points.map((p) => p.surprisal)) / 2);
    const yOf = (s: number): number => MARGIN.top + PLOT_H * (1 - s / yMax);
    const path = seriesPath(points, (p) => xOf(p.q), (p) => yOf(p.surprisal));
    const yTicks = Array.from({ length: yMax / 2 + 1 }, (_, i) => i * 2);
    return { yOf, path, yTicks };
  }, [unit]);
  const marker = curveMarker(probability, unit);
  const shownSurprisal = formatNumber(inUnit(surprisal, unit));
  const caption = marker.offChart
    ? m.curveOffChart(formatNumber(probability), shownSurprisal, unitName)
    : m.curvePoint(formatNumber(probability), shownSurprisal, unitName);
  const bottom = MARGIN.top + PLOT_H;
  return (
    <figure className="ce-figure" role="group" aria-label={m.curveChart(unitName)}>
      <svg className="ce-chart ce-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <g className="ce-grid">
          {X_TICKS.map((q) => (
            <line key={`x${q}`} x1={xOf(q)} x2={xOf(q)} y1={MARGIN.top} y2={bottom} />
          ))}
          {plot.yTicks.map((s) => (
            <line key={`y${s}`} x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={plot.yOf(s)} y2={plot.yOf(s)} />
          ))}
        </g>
        <g className="ce-axis-text">
          {X_TICKS.map((q) => (
            <text key={q} x={xOf(q)} y={bottom + 16} textAnchor="middle">
              {q}
            </text>
          ))}
          {plot.yTicks.map((s) => (
            <text key={s} x={MARGIN.left - 8} y={plot.yOf(s) + 4} textAnchor="end">
              {s}
            </text>
          ))}
          <text x={MARGIN.left + PLOT_W / 2} y={HEIGHT - 6} textAnchor="middle">
            {m.curveX}
          </text>
          <text transform={`translate(14 ${MARGIN.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle">
            {m.curveY(unitName)}
          </text>
        </g>
        <path className="ce-curve" d={plot.path} fill="none" />
        <circle className="ce-marker" cx={xOf(marker.q)} cy={plot.yOf(marker.surprisal)} r={7} />
      </svg>
      <figcaption className="muted ce-small" data-testid="ce-curve-point">
        {caption}
      </figcaption>
    </figure>
  );
}
