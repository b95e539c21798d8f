import { grayShade } from '../network-view';

interface TinyImageProps {
  /** 2 × 2 pixel values in [0, 1], row-major (0 = black, 1 = white). */
  pixels: number[];
  label: string;
}

/** The lecture's 2 × 2 grayscale image, drawn large. */
export function TinyImage({ pixels, label }: TinyImageProps) {
  return (
    <svg className="tiny-image" viewBox="0 0 2 2" role="img" aria-label={label} shapeRendering="crispEdges">
      {pixels.map((v, j) => {
        const shade = grayShade(v);
        return <rect key={j} x={j % 2} y={Math.floor(j / 2)} width={1} height={1} fill={`rgb(${shade}, ${shade}, ${shade})`} />;
      })}
    </svg>
  );
}
