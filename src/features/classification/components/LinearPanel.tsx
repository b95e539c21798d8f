import {useId, useMemo, useState} from 'react';
import { argmax, softmax } from '@/math/softmax';
import { networkLogits, type NetworkParams } from '@/state/playground';
import { useMessages } from '@/ui/i18n';
import { classColor } from '@/ui/palette';
import { PIXEL_PAIRS, decisionGrid, pixelSymbol } from '../decision-grid';
import { classificationMessages } from '../strings';

interface LinearPanelProps {
  network: NetworkParams;
  /** The network's three outputs' class names. */
  names: string[];
}

/** Cells per side of the map: fine enough to show the boundaries as lines, cheap enough to redraw on a drag. */
const MAP_SIZE = 32;
/** Room for the axis labels, in cells. */
const MARGIN = 4;
/** x₁ across, x₄ up: with the lecture's default weights this pair shows more than one boundary. */
const FIRST_PAIR = 2;

/** The decision depends on Wx + b alone: a map of the predicted class over (x₁, x₂), split by straight lines. */
export function LinearPanel({ network, names }: LinearPanelProps) {
  const m = useMessages(classificationMessages);
  const selectId = useId();
  const [pairIndex, setPairIndex] = useState(FIRST_PAIR);
  const [xPixel, yPixel] = PIXEL_PAIRS[pairIndex]!;
  const grid = useMemo(() => decisionGrid(network, xPixel, yPixel, MAP_SIZE), [network, xPixel, yPixel]);
  const [xName, yName] = [pixelSymbol(xPixel), pixelSymbol(yPixel)];
  const rest = network.pixels.flatMap((_, j) => (j === xPixel || j === yPixel ? [] : [pixelSymbol(j)])).join(', ');
  const byProbability = useMemo(() => argmax(softmax(networkLogits(network))), [network]);
  const extent = MAP_SIZE + MARGIN;

  return (
    <div className="panel linear-panel">
      <h3>{m.linearHeading}</h3>
      <p className="lesson-text">{m.linearWhy}</p>
      <div className="label-field">
        <label htmlFor={selectId}>{m.mapAxes}</label>
        <select id={selectId} value={pairIndex} onChange={(event) => setPairIndex(Number(event.target.value))}>
          {PIXEL_PAIRS.map(([a, b], index) => (
            <option key={index} value={index}>
              {m.mapAxesOption(pixelSymbol(a), pixelSymbol(b))}
            </option>
          ))}
        </select>
      </div>
      <div className="decision-layout">
        <svg
          className="decision-map"
          viewBox={`${-MARGIN} 0 ${extent} ${extent}`}
          role="img"
          aria-label={m.mapLabel(xName, yName, names.join(', '))}
        >
          <g shapeRendering="crispEdges">
            {grid.classes.map((c, cell) => (
              <rect
                key={cell}
                x={cell % MAP_SIZE}
                y={Math.floor(cell / MAP_SIZE)}
                width={1}
                height={1}
                fill={classColor(c)}
              />
            ))}
          </g>
          <circle className="current-point-halo" cx={grid.point.x * MAP_SIZE} cy={(1 - grid.point.y) * MAP_SIZE} r={1.4} />
          <circle className="current-point" cx={grid.point.x * MAP_SIZE} cy={(1 - grid.point.y) * MAP_SIZE} r={1.4} />
          <text className="axis-label" x={MAP_SIZE / 2} y={MAP_SIZE + 3} textAnchor="middle">
            {xName}
          </text>
          <text className="axis-label" x={-1.5} y={MAP_SIZE / 2} textAnchor="middle">
            {yName}
          </text>
          <text className="axis-label tick" x={0} y={MAP_SIZE + 3} textAnchor="start">
            0
          </text>
          <text className="axis-label tick" x={MAP_SIZE} y={MAP_SIZE + 3} textAnchor="end">
            1
          </text>
          <text className="axis-label tick" x={-1.5} y={2} textAnchor="middle">
            1
          </text>
        </svg>
        <div>
          <p className="lesson-text">{m.mapWhy(xName, yName, rest)}</p>
          <p className="lesson-text">{m.argmaxCheck(names[grid.point.predicted] ?? '', names[byProbability] ?? '')}</p>
          <ul className="class-legend" aria-label={m.mapLegend}>
            {names.map((name, j) => (
              <li key={j}>
                <span className="class-swatch" style={{ background: classColor(j) }} aria-hidden="true" />
                {name}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
