import type { ReactNode } from 'react';
import { CartesianGrid, Legend, LineChart, XAxis } from 'recharts';
import { ChartBox } from '@/ui/ChartBox';

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
  /** The y axis and the lines. */
  children: ReactNode;
}

const MARGIN = { top: 8, right: 16, bottom: 20, left: 4 };

/** What the loss and accuracy charts share: figure, caption, sized plot, grid, epoch axis and legend. */
export function TrainChartFrame({ testId, caption, summary, points, epochs, epochAxisLabel, children }: TrainChartFrameProps) {
  return (
    <figure className="train-chart" data-testid={testId} data-points={points}>
      <figcaption>{caption}</figcaption>
      <ChartBox role="img" aria-label={`${caption}. ${summary}`} className="train-chart-plot">
        {({ width, height }) => (
          <LineChart width={width} height={height} margin={MARGIN}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, epochs]}
              allowDataOverflow
              allowDecimals={false}
              tickCount={Math.min(epochs, 10) + 1}
              stroke="var(--text-muted)"
              label={{ value: epochAxisLabel, position: 'insideBottom', offset: -12, fill: 'var(--text-muted)' }}
            />
            <Legend verticalAlign="top" height={28} />
            {children}
          </LineChart>
        )}
      </ChartBox>
    </figure>
  );
}
