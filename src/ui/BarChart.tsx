import {createContext, useContext, useMemo, useSyncExternalStore} from 'react';
import { BarChart as RechartsBarChart, CartesianGrid, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import { ChartBox, type ChartSize } from './ChartBox';
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

// Module constants: recharts dispatches to its store whenever these props change identity.
const MARGIN = { top: 22, right: 8, bottom: 4, left: 0 };
const CROWDED_MARGIN = { ...MARGIN, bottom: 28 };

const defaultFormat = (value: number): string => value.toFixed(4);
/**
 * The grid has no vertical lines, but recharts computes their positions anyway,
 * and on a chart's first render (before its XAxis has registered) it does so
 * from a default axis that measures every category label in the DOM: a forced
 * layout per label, over every bar chart while the page starts (README, Performance).
 */
const NO_GRID_LINES = (): number[] => [];
const formatTick = (value: number): string => `${+value.toFixed(2)}`;

/**
 * The root font size in px, re-read only when presenter mode (which sets it) is
 * switched. Recharts' width="auto" axis would measure its tick labels with
 * getBoundingClientRect after every render, a forced layout of the whole page on
 * each slider input; sizing the axis from the font instead keeps presenter
 * mode's larger ticks readable at no per-frame cost. One observer serves every
 * chart, and only that attribute wakes it: getComputedStyle forces a style
 * recalculation, and while the page starts <html> changes often (language,
 * theme), which added up to a long stretch of reads when each chart watched
 * every attribute.
 */
let rootFontPx = 16;
const fontSubscribers = new Set<() => void>();
let fontObserver: MutationObserver | null = null;
function readRootFont(): void {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (!Number.isFinite(px) || px === rootFontPx) return;
  rootFontPx = px;
  for (const subscriber of fontSubscribers) subscriber();
}
function subscribeRootFont(onChange: () => void): () => void {
  if (!fontObserver) {
    fontObserver = new MutationObserver(readRootFont);
    fontObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-presenter'] });
    readRootFont();
  }
  fontSubscribers.add(onChange);
  return () => {
    fontSubscribers.delete(onChange);
    if (fontSubscribers.size > 0) return;
    fontObserver?.disconnect();
    fontObserver = null;
  };
}
const useRootFontPx = (): number => useSyncExternalStore(subscribeRootFont, () => rootFontPx, () => rootFontPx);

/** Y-axis width for its tick labels at 0.8rem (bar-chart.css): about 0.6 em per character plus the tick. */
function yAxisWidth(domain: [number, number], fontPx: number): number {
  const [lo, hi] = domain;
  const chars = Math.max(...[0, 0.25, 0.5, 0.75, 1].map((t) => formatTick(lo + t * (hi - lo)).length));
  return Math.ceil(fontPx * (0.8 * 0.62 * chars + 0.9));
}

/** The values' range, widened to include 0 and ignoring non-finite values; one unit tall when flat. */
function dataDomain(data: readonly BarDatum[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const d of data) {
    if (Number.isFinite(d.value)) {
      lo = Math.min(lo, d.value);
      hi = Math.max(hi, d.value);
    }
  }
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}

/** The live values, handed past the memoized frame straight to the bars. */
const BarValues = createContext<readonly BarDatum[]>([]);

interface LiveBarsProps {
  formatValue: (value: number) => string;
  fontPx: number;
  signed: boolean;
}

/** Share of each category's band left empty between bars (recharts' barCategoryGap). */
const BAR_GAP = 0.18;

/**
 * The bars and their value labels, drawn with the chart's own scales. Only this
 * component re-renders while a value changes: the axes, grid and recharts' store
 * see the same categories and domain, so a drag costs recharts nothing.
 */
function LiveBars({ formatValue, fontPx, signed }: LiveBarsProps) {
  const data = useContext(BarValues);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const zero = yScale(0) ?? 0;
  return (
    <g className="bar-chart-bars">
      {data.map((datum) => {
        const start = xScale(datum.label, { position: 'start' });
        const end = xScale(datum.label, { position: 'end' });
        if (start === undefined || end === undefined) return null;
        const band = end - start;
        const x = start + (band * BAR_GAP) / 2;
        const width = Math.max(0, band * (1 - BAR_GAP));
        // Non-finite values (the naive softmax's NaN) draw no bar; the label still says NaN.
        const tip = Number.isFinite(datum.value) ? (yScale(datum.value) ?? zero) : zero;
        const top = Math.min(tip, zero);
        const text = formatValue(datum.value);
        // A label wider than its bar would run into its neighbours; the text alternative still has every value.
        const fits = text.length * 0.62 * 0.75 * fontPx <= width + 6;
        const below = datum.value < 0;
        return (
          <g key={datum.key}>
            <rect
              x={x}
              y={top}
              width={width}
              height={Math.abs(tip - zero)}
              className={['bar-chart-bar', datum.highlight ? 'bar-chart-bar-highlight' : ''].join(' ').trim()}
              style={datum.color ? { fill: datum.color } : undefined}
            />
            {fits && (
              <text
                x={x + width / 2}
                y={below ? Math.max(tip, zero) + 14 : top - 5}
                textAnchor="middle"
                className={['bar-chart-value', datum.highlight ? 'bar-chart-value-highlight' : ''].join(' ').trim()}
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
      {signed && <line className="bar-chart-zero" x1={xScale(data[0]?.label, { position: 'start' })} x2={xScale(data.at(-1)?.label, { position: 'end' })} y1={zero} y2={zero} />}
    </g>
  );
}

interface ChartFrameProps {
  size: ChartSize;
  categories: readonly { label: string }[];
  domain: [number, number];
  fontPx: number;
  formatValue: (value: number) => string;
}

/** Axes and grid: re-rendered only when the categories, the domain or the font change. */
function ChartFrame({ size, categories, domain, fontPx, formatValue }: ChartFrameProps) {
  const crowded = categories.length > 5;
  return (
    <RechartsBarChart
      data={categories as { label: string }[]}
      width={size.width}
      height={size.height}
      margin={crowded ? CROWDED_MARGIN : MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} className="bar-chart-grid" />
      <XAxis
        dataKey="label"
        interval={0}
        tickLine={false}
        angle={crowded ? -30 : 0}
        textAnchor={crowded ? 'end' : 'middle'}
        height={crowded ? 48 : 28}
      />
      <YAxis domain={domain} allowDataOverflow width={yAxisWidth(domain, fontPx)} tickCount={5} interval={0} tickFormatter={formatTick} />
      <LiveBars formatValue={formatValue} fontPx={fontPx} signed={domain[0] < 0} />
    </RechartsBarChart>
  );
}

/**
 * A bar chart of signed values: recharts lays out the axes and scales, and the
 * bars are drawn from those scales (see LiveBars). The bars glide with a CSS
 * transition on the rect's geometry, and the numbers are exact at every moment.
 */
export function BarChart({
  data,
  domain,
  ariaLabel,
  formatValue = defaultFormat,
  height = 240,
}: BarChartProps) {
  const [lo, hi] = domain ?? dataDomain(data);
  // Keyed on the numbers, not the array: a literal `domain={[0, 1]}` must not count as new.
  const stableDomain = useMemo<[number, number]>(() => [lo, hi], [lo, hi]);
  // The same labels in the same order keep the same categories array, so recharts re-lays out nothing.
  const labelKey = data.map((d) => d.label).join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the labels' text on purpose
  const categories = useMemo(() => data.map((d) => ({ label: d.label })), [labelKey]);
  const fontPx = useRootFontPx();

  return (
    <figure className="bar-chart" aria-label={ariaLabel} role="group">
      {/* rem, not px: presenter mode enlarges the root font size, and the chart with it. */}
      <BarValues.Provider value={data}>
        <ChartBox aria-hidden="true" className="bar-chart-canvas" style={{ height: `${height / 16}rem` }}>
          {(size) => <ChartFrame size={size} categories={categories} domain={stableDomain} fontPx={fontPx} formatValue={formatValue} />}
        </ChartBox>
      </BarValues.Provider>
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
}
