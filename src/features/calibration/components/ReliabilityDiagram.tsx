import type { ReliabilityBin } from '@/math/calibration';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { binShares } from '../calibration-view';
import { calibrationMessages } from '../strings';

interface ReliabilityDiagramProps {
  bins: readonly ReliabilityBin[];
  ece: number;
  title: string;
  testId: string;
}

// The drawing's own coordinates (the SVG scales to its box): the reliability plot above, the histogram below.
const LEFT = 44;
const RIGHT = 292;
const TOP = 12;
const PLOT = 200;
const HIST_TOP = 238;
const HIST = 48;
const WIDTH = RIGHT - LEFT;
const x = (confidence: number) => LEFT + confidence * WIDTH;
const y = (accuracy: number) => TOP + (1 - accuracy) * PLOT;
const TICKS = [0, 0.5, 1];

/**
 * The reliability diagram of Guo et al. (2017): per confidence bin, a bar as
 * high as the bin's accuracy, the gap to its mean confidence shaded, the
 * diagonal where a calibrated model's bars would end; below, how many test
 * images fall in each bin. A table gives the same numbers to screen readers.
 */
export function ReliabilityDiagram({ bins, ece, title, testId }: ReliabilityDiagramProps) {
  const m = useMessages(calibrationMessages);
  const shares = binShares(bins);
  const label = m.diagramLabel(title, fixed4(ece));
  return (
    <figure className="reliability" data-testid={testId} data-bins={bins.length} data-ece={fixed4(ece)}>
      <figcaption className="reliability-title">
        <strong>{title}</strong> <span className="num muted">ECE {fixed4(ece)}</span>
      </figcaption>
      <svg viewBox="0 0 300 322" className="reliability-svg" role="img" aria-label={label}>
        {TICKS.map((t) => (
          <g key={t} className="reliability-tick">
            <line x1={LEFT} x2={RIGHT} y1={y(t)} y2={y(t)} />
            <text x={LEFT - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
            <text x={x(t)} y={HIST_TOP + HIST + 15} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        {bins.map((bin, b) =>
          bin.count === 0 ? null : (
            <g key={b}>
              <rect className="reliability-bar" x={x(bin.lower) + 0.5} width={WIDTH / bins.length - 1} y={y(bin.accuracy!)} height={PLOT * bin.accuracy!} />
              <rect
                className="reliability-gap"
                x={x(bin.lower) + 0.5}
                width={WIDTH / bins.length - 1}
                y={y(Math.max(bin.accuracy!, bin.confidence!))}
                height={PLOT * Math.abs(bin.accuracy! - bin.confidence!)}
              />
            </g>
          ),
        )}
        <line className="reliability-diagonal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
        <text className="reliability-axis" x={14} y={TOP + PLOT / 2} transform={`rotate(-90 14 ${TOP + PLOT / 2})`} textAnchor="middle">
          {m.accuracyAxis}
        </text>
        {bins.map((bin, b) =>
          bin.count === 0 ? null : (
            <rect key={b} className="reliability-count" x={x(bin.lower) + 0.5} width={WIDTH / bins.length - 1} y={HIST_TOP + HIST * (1 - shares[b]!)} height={HIST * shares[b]!} />
          ),
        )}
        <line className="reliability-baseline" x1={LEFT} x2={RIGHT} y1={HIST_TOP + HIST} y2={HIST_TOP + HIST} />
        <text className="reliability-axis" x={14} y={HIST_TOP + HIST / 2} transform={`rotate(-90 14 ${HIST_TOP + HIST / 2})`} textAnchor="middle">
          {m.countAxis}
        </text>
        <text className="reliability-axis" x={LEFT + WIDTH / 2} y={318} textAnchor="middle">
          {m.confidenceAxis}
        </text>
      </svg>
      <div className="reliability-legend muted" aria-hidden="true">
        <span className="reliability-swatch reliability-swatch-bar" /> {m.accuracyAxis}
        <span className="reliability-swatch reliability-swatch-gap" /> {m.gapLegend}
      </div>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{m.binColumn}</th>
            <th scope="col">{m.countColumn}</th>
            <th scope="col">{m.binAccuracyColumn}</th>
            <th scope="col">{m.binConfidenceColumn}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((bin, b) => (
            <tr key={b} data-testid="reliability-bin" data-count={bin.count}>
              <th scope="row">
                {bin.lower.toFixed(2)}–{bin.upper.toFixed(2)}
              </th>
              <td>{bin.count}</td>
              <td>{bin.accuracy === null ? '—' : fixed4(bin.accuracy)}</td>
              <td>{bin.confidence === null ? '—' : fixed4(bin.confidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
