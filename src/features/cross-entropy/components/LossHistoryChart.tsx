import {useMemo} from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/ui/ChartBox';
import { useMessages } from '@/ui/i18n';
import { inUnit, type InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';

interface LossHistoryChartProps {
  /** Loss in nats before the first step and after each one. */
  history: number[];
  unit: InfoUnit;
  formatValue: (value: number) => string;
}

/** The loss falling step by step; its caption states the first and latest values for screen readers. */
export function LossHistoryChart({ history, unit, formatValue }: LossHistoryChartProps) {
  const m = useMessages(ceMessages);
  const data = useMemo(() => history.map((loss, step) => ({ step, loss: inUnit(loss, unit) })), [history, unit]);
  if (data.length === 0) return <p className="muted ce-small">{m.historyEmpty}</p>;
  const first = data[0]!.loss;
  const last = data[data.length - 1]!.loss;
  return (
    <figure className="ce-figure" role="group" aria-label={m.historyChart(m[unit])} data-testid="ce-history">
      <ChartBox className="ce-chart ce-chart-short" aria-hidden="true">
        {({ width, height }) => (
          <LineChart
            data={data}
            width={width}
            height={height}
            margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid className="ce-grid" />
            <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} interval={0} />
            <YAxis width={48} domain={[0, 'auto']} interval={0} tickFormatter={(v: number) => `${+v.toFixed(2)}`} />
            <Line
              dataKey="loss"
              type="linear"
              dot={data.length < 30}
              isAnimationActive={false}
              activeDot={false}
              className="ce-curve"
            />
          </LineChart>
        )}
      </ChartBox>
      <figcaption className="num ce-small">
        {`${m.stepCol} 0: ${formatValue(first)} → ${m.stepCol} ${data.length - 1}: ${formatValue(last)} ${m[unit]}`}
      </figcaption>
    </figure>
  );
}
