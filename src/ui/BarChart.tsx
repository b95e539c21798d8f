import { memo, useMemo, useSyncExternalStore } from 'react';
import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import './bar-chart.css';

export interface BarDatum {
  /** Stable identity (class id), so React keeps each bar's element between renders. */
  key: string;
  /** Axis label; user text is fine, it is rendered as SVG text, never as HTML. */
  label: string;
  value: number;
  color?: string;
  highlight?: boolean;
}

interface BarChartProps {
  data: BarDatum[];
  /** Value axis range; default: the data's range widened to include 0. */
  domain?: [number, number];
  /** Names the chart; also the caption of its text alternative (a visually hidden table). */
  ariaLabel: string;
  formatValue?: (value: number) => string;
  height?: number;
}

const defaultFormat = (value: number): string => value.toFixed(4);
const formatTick = (value: number): string => `${+value.toFixed(2)}`;

/**
 * The root font size in px, re-read only when <html>'s attributes change
 * (presenter mode, theme). Recharts' width="auto" axis would measure its tick
 * labels with getBoundingClientRect after every render, a forced layout of the
 * whole page on each slider input; sizing the axis from the font instead keeps
 * presenter mode's larger ticks readable at no per-frame cost.
 */
let rootFontPx = 16;
function subscribeRootFont(onChange: () => void): () => void {
  const read = () => {
    const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (Number.isFinite(px) && px !== rootFontPx) {
      rootFontPx = px;
      onChange();
    }
  };
  read();
  const observer = new MutationObserver(read);
  observer.observe(document.documentElement, { attributes: true });
  return () => observer.disconnect();
}
const useRootFontPx = (): number => useSyncExternalStore(subscribeRootFont, () => rootFontPx, () => rootFontPx);

/** Y-axis width for its tick labels at 0.8rem (bar-chart.css): about 0.6 em per character plus the tick. */
function yAxisWidth(domain: [number, number], fontPx: number): number {
  const [lo, hi] = domain;
  const chars = Math.max(...[0, 0.25, 0.5, 0.75, 1].map((t) => formatTick(lo + t * (hi - lo)).length));
  return Math.ceil(fontPx * (0.8 * 0.62 * chars + 0.9));
}

/** Bars, value labels above positive and below negative bars, and a zero line when signed. */
function BarShape(props: BarShapeProps) {
  const { x, y, width, height, payload } = props;
  const datum = payload as BarDatum;
  // Recharts gives negative bars a negative height; an SVG rect needs it positive.
  const top = Math.min(y, y + height);
  const className = ['bar-chart-bar', datum.highlight ? 'bar-chart-bar-highlight' : ''].join(' ').trim();
  return (
    <rect
      x={x}
      y={top}
      width={Math.max(0, width)}
      height={Math.abs(height)}
      className={className}
      style={datum.color ? { fill: datum.color } : undefined}
    />
  );
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  index?: number;
}

/**
 * A horizontal bar chart of signed values. Recharts' own tweening is off: it
 * would re-render the chart on every animation frame while a slider is being
 * dragged. The bars glide with a CSS transition on the rect's geometry
 * instead, and the numbers are exact at every moment.
 */
export const BarChart = memo(function BarChart({
  data,
  domain,
  ariaLabel,
  formatValue = defaultFormat,
  height = 240,
}: BarChartProps) {
  const valueDomain = useMemo<[number, number]>(() => {
    if (domain) return domain;
    let lo = 0;
    let hi = 0;
    for (const d of data) {
      if (Number.isFinite(d.value)) {
        lo = Math.min(lo, d.value);
        hi = Math.max(hi, d.value);
      }
    }
    return hi === lo ? [lo, lo + 1] : [lo, hi];
  }, [data, domain]);
  const signed = valueDomain[0] < 0;
  // Non-finite values (the naive softmax's NaN) draw no bar; the label still says NaN.
  const chartData = useMemo(
    () => data.map((d) => ({ ...d, bar: Number.isFinite(d.value) ? d.value : 0 })),
    [data],
  );
  const crowded = data.length > 5;
  const fontPx = useRootFontPx();

  const renderValueLabel = (props: ValueLabelProps) => {
    const datum = data[props.index ?? -1];
    if (!datum) return null;
    const x = Number(props.x) + Number(props.width) / 2;
    const y = Number(props.y);
    const h = Number(props.height);
    // A label wider than its bar would run into its neighbours; the text alternative still has every value.
    const text = formatValue(datum.value);
    if (text.length * 0.62 * 0.75 * fontPx > Number(props.width) + 6) return null;
    const below = datum.value < 0;
    const edge = below ? Math.max(y, y + h) + 14 : Math.min(y, y + h) - 5;
    return (
      <text
        x={x}
        y={edge}
        textAnchor="middle"
        className={['bar-chart-value', datum.highlight ? 'bar-chart-value-highlight' : ''].join(' ').trim()}
      >
        {text}
      </text>
    );
  };

  return (
    <figure className="bar-chart" aria-label={ariaLabel} role="group">
      {/* rem, not px: presenter mode enlarges the root font size, and the chart with it. */}
      <div aria-hidden="true" className="bar-chart-canvas" style={{ height: `${height / 16}rem` }}>
        <RechartsBarChart
          data={chartData}
          responsive
          style={{ width: '100%', height: '100%' }}
          margin={{ top: 22, right: 8, bottom: crowded ? 28 : 4, left: 0 }}
          accessibilityLayer={false}
          barCategoryGap="18%"
        >
          <CartesianGrid vertical={false} className="bar-chart-grid" />
          <XAxis
            dataKey="label"
            interval={0}
            tickLine={false}
            angle={crowded ? -30 : 0}
            textAnchor={crowded ? 'end' : 'middle'}
            height={crowded ? 48 : 28}
          />
          <YAxis domain={valueDomain} allowDataOverflow width={yAxisWidth(valueDomain, fontPx)} tickCount={5} tickFormatter={formatTick} />
          {signed && <ReferenceLine y={0} className="bar-chart-zero" ifOverflow="extendDomain" />}
          <Bar dataKey="bar" isAnimationActive={false} shape={BarShape}>
            <LabelList dataKey="bar" content={renderValueLabel} />
          </Bar>
        </RechartsBarChart>
      </div>
      <table className="visually-hidden">
        <caption>{ariaLabel}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{formatValue(d.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
});
