import { useId, useMemo } from 'react';
import { pixelContributions } from '@/math/linear-model';
import { DIVERGING_CSS_STOPS, symmetricExtent } from '@/ui/diverging-scale';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { GRID_SIZE } from '../lib/brush';
import type { DrawModel } from '../lib/predict';
import { drawMessages } from '../strings';
import { GridCanvas } from './GridCanvas';

interface WhyPicturesProps {
  model: DrawModel;
  /** The input as the model reads it. */
  x: Float32Array;
  predicted: number;
  compareClass: number;
  onCompareClassChange: (classIndex: number) => void;
  names: readonly string[];
}

const LEGEND = { background: `linear-gradient(to right, ${DIVERGING_CSS_STOPS.join(', ')})` };

/**
 * x ⊙ w_c for the predicted class and for a class the student picks, on one
 * colour scale so the two can be compared pixel for pixel.
 */
export function WhyPictures({ model, x, predicted, compareClass, onCompareClassChange, names }: WhyPicturesProps) {
  const m = useMessages(drawMessages);
  const selectId = useId();
  const pictures = useMemo(
    () =>
      (predicted === compareClass ? [predicted] : [predicted, compareClass]).map((c) => {
        const share = pixelContributions(model, x, c);
        return { c, share, sum: share.reduce((a, b) => a + b, 0) };
      }),
    [model, x, predicted, compareClass],
  );
  const extent = useMemo(() => Math.max(...pictures.map(({ share }) => symmetricExtent(share))), [pictures]);
  return (
    <div className="draw-why">
      <h3 className="draw-heading">{m.whyTitle}</h3>
      <p className="muted draw-prose">{m.whyLead}</p>
      <div className="row">
        <label htmlFor={selectId}>{m.compareClass}</label>
        <select id={selectId} value={compareClass} onChange={(e) => onCompareClassChange(Number(e.target.value))}>
          {names.map((name, c) => (
            <option key={c} value={c}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="draw-why-pictures">
        {pictures.map(({ c, share, sum }) => (
          <figure key={c} className="draw-why-figure" data-testid="draw-why" data-class={c}>
            <GridCanvas values={share} size={GRID_SIZE} scale={{ kind: 'diverging', extent }} className="draw-why-image" label={m.whyImage(names[c]!)} />
            <figcaption>
              <strong>{m.whyFor(names[c]!)}</strong>
              <br />
              <span className="num">{m.whySum(fixed4(sum))}</span>
            </figcaption>
          </figure>
        ))}
      </div>
      <div className="draw-legend" aria-hidden="true">
        <span>{m.lessInk}</span>
        <span className="draw-legend-bar" style={LEGEND} />
        <span>{m.moreInk}</span>
      </div>
    </div>
  );
}
