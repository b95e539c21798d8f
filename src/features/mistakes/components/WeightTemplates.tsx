import { useMemo } from 'react';
import { DIVERGING_CSS_STOPS, symmetricExtent } from '@/ui/diverging-scale';
import { formatNumber } from '@/ui/format';
import { useLang, useMessages } from '@/ui/i18n';
import { fashionClassName } from '../lib/class-names';
import { classWeights } from '../lib/weight-images';
import { mistakesMessages } from '../strings';
import { PixelCanvas } from './PixelCanvas';

interface WeightTemplatesProps {
  /** W as pixels × classCount, row-major; null for the MLP. */
  weights: Float32Array | null;
  classCount: number;
  epoch: number;
  /** Said instead of the epoch, for weights that no run here made (uploaded). */
  caption?: string;
  rows: number;
  cols: number;
}

const LEGEND_GRADIENT = `linear-gradient(to right, ${DIVERGING_CSS_STOPS.join(', ')})`;

/**
 * Each class's weight column drawn as a rows × cols heatmap. One symmetric
 * scale for all classes, so a stronger template really has larger weights.
 */
export function WeightTemplates({ weights, classCount, epoch, caption, rows, cols }: WeightTemplatesProps) {
  const m = useMessages(mistakesMessages);
  const lang = useLang();
  const columns = useMemo(
    () => (weights ? Array.from({ length: classCount }, (_, c) => classWeights(weights, classCount, c)) : null),
    [weights, classCount],
  );
  const extent = useMemo(() => (weights ? symmetricExtent(weights) : 1), [weights]);
  const scale = useMemo(() => ({ kind: 'diverging', extent }) as const, [extent]);

  if (!columns) return <p className="notice">{m.weightsMlp}</p>;

  return (
    <div data-testid="weight-templates">
      <p className="muted">{caption ?? m.weightsEpoch(epoch)}</p>
      <ul className="weights-grid">
        {columns.map((column, c) => {
          const name = fashionClassName(c, lang);
          return (
            <li key={c} className="weights-item">
              <PixelCanvas
                values={column}
                rows={rows}
                cols={cols}
                scale={scale}
                className="weights-image"
                label={m.weightImage(name)}
              />
              <span className="weights-name">{name}</span>
            </li>
          );
        })}
      </ul>
      <figure className="weights-legend" aria-label={m.legendLabel}>
        <div className="weights-legend-bar" style={{ backgroundImage: LEGEND_GRADIENT }} aria-hidden="true" />
        <figcaption className="weights-legend-ticks">
          <span>
            <span className="num">{formatNumber(-extent, 3)}</span> {m.legendNegative}
          </span>
          <span className="num">0</span>
          <span>
            {m.legendPositive} <span className="num">+{formatNumber(extent, 3)}</span>
          </span>
        </figcaption>
      </figure>
    </div>
  );
}
