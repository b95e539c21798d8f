import { formatNumber } from '@/ui/format';
import { edgeStyle, grayShade } from '../network-view';

interface NetworkDiagramProps {
  pixels: number[];
  weights: number[][];
  outputs: number[];
  names: string[];
  label: string;
}

const PIXEL = 44;
const IMAGE_X = 16;
const IMAGE_Y = 66;
const OUTPUT_X = 330;
const OUTPUT_YS = [50, 120, 190];
const WIDTH = 470;
const HEIGHT = 240;

/** Pixel j's centre in the 2×2 image (row-major). */
const pixelCentre = (j: number) => ({
  x: IMAGE_X + (j % 2) * PIXEL + PIXEL / 2,
  y: IMAGE_Y + Math.floor(j / 2) * PIXEL + PIXEL / 2,
});

/**
 * The 2×2 image fully connected to three outputs. Line colour is the weight's
 * sign (red positive, blue negative, as in the Mistakes lesson's weight
 * templates) and thickness its size, so the picture is the weight matrix.
 */
export function NetworkDiagram({ pixels, weights, outputs, names, label }: NetworkDiagramProps) {
  return (
    <svg className="network-diagram" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {weights.map((row, i) =>
        row.map((w, j) => {
          const from = pixelCentre(j);
          const edge = edgeStyle(w);
          return (
            <line
              key={`${i}-${j}`}
              x1={from.x}
              y1={from.y}
              x2={OUTPUT_X - 18}
              y2={OUTPUT_YS[i]}
              className="edge"
              style={{ stroke: edge.color, strokeWidth: edge.width }}
            />
          );
        }),
      )}
      {pixels.map((v, j) => {
        const shade = grayShade(v);
        const { x, y } = pixelCentre(j);
        return (
          <g key={j}>
            <rect
              x={x - PIXEL / 2}
              y={y - PIXEL / 2}
              width={PIXEL}
              height={PIXEL}
              className="pixel"
              style={{ fill: `rgb(${shade}, ${shade}, ${shade})` }}
            />
            <text x={x} y={y + 4} textAnchor="middle" className={shade > 128 ? 'pixel-label dark' : 'pixel-label'}>
              {`x${j + 1}`}
            </text>
          </g>
        );
      })}
      {outputs.map((o, i) => (
        <g key={i}>
          <circle cx={OUTPUT_X} cy={OUTPUT_YS[i]} r={18} className="output-node" />
          <text x={OUTPUT_X} y={OUTPUT_YS[i]! + 4} textAnchor="middle" className="output-symbol">
            {`o${i + 1}`}
          </text>
          <text x={OUTPUT_X + 26} y={OUTPUT_YS[i]! - 3} className="output-name">
            {names[i]}
          </text>
          <text x={OUTPUT_X + 26} y={OUTPUT_YS[i]! + 14} className="output-value">
            {formatNumber(o)}
          </text>
        </g>
      ))}
    </svg>
  );
}
