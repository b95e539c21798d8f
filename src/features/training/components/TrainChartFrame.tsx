import {createContext, useContext, useId} from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { SeriesPoint } from '../chart-series';
import { ChartBox, type ChartSize } from '@/ui/ChartBox';
import { seriesPath } from '@/ui/series-path';

/** One line (or row of dots) on a training chart, with its legend entry. */
export interface ChartSeries {
  key: string;
  name: string;
  points: readonly SeriesPoint[];
  color: string;
  opacity?: number;
  strokeWidth?: number;
  dash?: string;
  /** Radius of a dot at each point; none when absent. */
  dotRadius?: number;
  /** False for dots alone (the per-epoch training loss). */
  line?: boolean;
}

/** The value axis: a fixed domain and ticks, so new points never re-lay out the frame. */
export interface ValueAxis {
  max: number;
  ticks: readonly number[];
  width: number;
  format?: (value: number) => string;
}

interface TrainChartFrameProps {
  testId: string;
  caption: string;
  /** What the chart shows now, in words: the plot's text alternative. */
  summary: string;
  /** How many points the current run has drawn (data-points, for tests). */
  points: number;
  /** The x axis runs over epochs 0…epochs, ticked at whole epochs. */
  epochs: number;
  epochAxisLabel: string;
  /** The y axis; keep the object stable while its numbers are (useMemo). */
  valueAxis: ValueAxis;
  series: readonly ChartSeries[];
}

const MARGIN = { top: 8, right: 16, bottom: 20, left: 4 };

/** The series, handed past the memoized axes straight to the lines. */
const Series = createContext<readonly ChartSeries[]>([]);

/**
 * What the loss and accuracy charts share: figure, caption, legend, sized plot,
 * grid and axes. Recharts lays out the axes and scales; the lines are drawn from
 * those scales (LiveSeries), as the bar chart's bars are. A new point re-renders
 * only the lines: recharts' own Line re-measured its whole path and synchronously
 * re-rendered the chart's internals at the next frame, a long task on every
 * update, three times a second while training (README, Performance).
 */
export function TrainChartFrame({ testId, caption, summary, points, epochs, epochAxisLabel, valueAxis, series }: TrainChartFrameProps) {
  return (
    <figure className="train-chart" data-testid={testId} data-points={points}>
      <figcaption>{caption}</figcaption>
      <ul className="train-chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="18" height="10" className="train-chart-swatch" aria-hidden="true" opacity={s.opacity}>
              {s.line !== false && <line x1="0" x2="18" y1="5" y2="5" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} />}
              {s.dotRadius !== undefined && <circle cx="9" cy="5" r="3.5" fill={s.color} />}
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
      <Series.Provider value={series}>
        <ChartBox role="img" aria-label={`${caption}. ${summary}`} className="train-chart-plot">
          {(size) => <ChartAxes size={size} epochs={epochs} epochAxisLabel={epochAxisLabel} valueAxis={valueAxis} />}
        </ChartBox>
      </Series.Provider>
    </figure>
  );
}

interface ChartAxesProps {
  size: ChartSize;
  epochs: number;
  epochAxisLabel: string;
  valueAxis: ValueAxis;
}

/**
 * Grid and axes: re-rendered only when the size, the epochs or the value axis change.
 * interval={0} shows every tick (at most 11) without recharts measuring each
 * label in the DOM to thin them out, a forced layout per label.
 */
function ChartAxes({ size, epochs, epochAxisLabel, valueAxis }: ChartAxesProps) {
  return (
    <LineChart width={size.width} height={size.height} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
      <XAxis
        type="number"
        dataKey="x"
        domain={[0, epochs]}
        allowDataOverflow
        allowDecimals={false}
        tickCount={Math.min(epochs, 10) + 1}
        interval={0}
        stroke="var(--text-muted)"
        label={{ value: epochAxisLabel, position: 'insideBottom', offset: -12, fill: 'var(--text-muted)' }}
      />
      <YAxis
        type="number"
        domain={[0, valueAxis.max]}
        ticks={valueAxis.ticks as number[]}
        interval={0}
        allowDataOverflow
        stroke="var(--text-muted)"
        width={valueAxis.width}
        tickFormatter={valueAxis.format}
      />
      <LiveSeries />
    </LineChart>
  );
}

/** The lines and dots, drawn with the chart's scales. */
function LiveSeries() {
  const series = useContext(Series);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const clipId = useId();
  if (!xScale || !yScale || !plot) return null;
  const xOf = (p: SeriesPoint) => xScale(p.x) ?? NaN;
  const yOf = (p: SeriesPoint) => yScale(p.y) ?? NaN;
  // Lines are clipped to the plot; dots are not (one on the last epoch sits on the edge), but a dot off the scale is left out.
  const inPlot = (y: number) => y >= plot.y - 0.5 && y <= plot.y + plot.height + 0.5;
  return (
    <g className="train-series">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      {series.map((s) => (
        <g key={s.key} opacity={s.opacity}>
          {s.line !== false && (
            <path
              className="train-series-line"
              d={seriesPath(s.points, xOf, yOf)}
              clipPath={`url(#${clipId})`}
              fill="none"
              stroke={s.color}
              strokeWidth={s.strokeWidth ?? 2}
              strokeDasharray={s.dash}
              strokeLinejoin="round"
            />
          )}
          {s.dotRadius !== undefined &&
            s.points.map((p, i) => {
              const [cx, cy] = [xOf(p), yOf(p)];
              return Number.isFinite(cx) && inPlot(cy) ? (
                <circle key={i} className="train-series-dot" cx={cx} cy={cy} r={s.dotRadius} fill={s.color} />
              ) : null;
            })}
        </g>
      ))}
    </g>
  );
}
