import type { ConfusionMatrix } from '@/math/metrics';
import { divergingColor, symmetricExtent } from '@/ui/diverging-scale';
import { formatNumber } from '@/ui/format';
import { escapeXml, svgDocument, type SvgPicture } from '@/ui/svg-export';
import { cellColors, cellIntensity, maxOffDiagonal } from './confusion-shade';
import { classWeights } from './weight-images';

/**
 * The Mistakes lesson's pictures as standalone SVG, for lab reports: the same
 * counts and the same colours as on the page, drawn from the data (not from the page).
 */

export interface PictureText {
  title: string;
  /** Text and background colours (the page's theme). */
  text: string;
  background: string;
  font?: string;
}

const hex = (rgb: readonly number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The confusion matrix: counts in cells shaded as on the page, true classes down, predicted across. */
export function confusionMatrixSvg(
  matrix: ConfusionMatrix,
  rates: readonly (readonly number[])[],
  names: readonly string[],
  axes: { trueAxis: string; predAxis: string },
  picture: PictureText,
): SvgPicture {
  const n = matrix.length;
  const cell = 48;
  const left = 130;
  const top = 150;
  const width = left + n * cell + 16;
  const height = top + n * cell + 16;
  const maxMistake = maxOffDiagonal(rates);
  const t = escapeXml(picture.text);
  const parts = [`<text x="8" y="22" font-size="16" font-weight="600" fill="${t}">${escapeXml(picture.title)}</text>`];
  parts.push(`<text x="${left}" y="46" font-size="12" fill="${t}">${escapeXml(axes.predAxis)} →</text>`);
  parts.push(`<text x="8" y="${top - 8}" font-size="12" fill="${t}">${escapeXml(axes.trueAxis)} ↓</text>`);
  names.forEach((name, i) => {
    // Column heads turned, so long names fit above narrow cells.
    const x = left + i * cell + cell / 2 + 4;
    parts.push(`<text transform="translate(${x} ${top - 6}) rotate(-60)" font-size="12" fill="${t}">${escapeXml(name)}</text>`);
    parts.push(`<text x="${left - 8}" y="${top + i * cell + cell / 2 + 4}" font-size="12" text-anchor="end" fill="${t}">${escapeXml(name)}</text>`);
  });
  matrix.forEach((row, r) =>
    row.forEach((count, c) => {
      const colors = cellColors(cellIntensity(rates[r]![c]!, r === c, maxMistake), r === c);
      const x = left + c * cell;
      const y = top + r * cell;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${colors.background}" stroke="${t}" stroke-opacity="0.15"/>`);
      parts.push(`<text x="${x + cell / 2}" y="${y + cell / 2 + 5}" font-size="14" text-anchor="middle" fill="${colors.text}">${count}</text>`);
    }),
  );
  return svgDocument(width, height, picture.background, parts.join(''), picture.font);
}

/**
 * Each class's column of W as a rows × cols picture on the page's diverging scale
 * (one symmetric extent for all classes), in two rows, with the scale's ends written out.
 */
export function weightTemplatesSvg(
  weights: Float32Array,
  classCount: number,
  rows: number,
  cols: number,
  names: readonly string[],
  legend: { negative: string; positive: string },
  picture: PictureText,
): SvgPicture {
  const pixel = 4;
  const gap = 16;
  const perRow = Math.ceil(classCount / 2);
  const tileW = cols * pixel;
  const tileH = rows * pixel + 20;
  const top = 36;
  const width = perRow * (tileW + gap) + gap;
  const height = top + 2 * (tileH + gap) + 28;
  const extent = symmetricExtent(weights);
  const t = escapeXml(picture.text);
  const parts = [`<text x="${gap}" y="24" font-size="16" font-weight="600" fill="${t}">${escapeXml(picture.title)}</text>`];
  for (let c = 0; c < classCount; c++) {
    const column = classWeights(weights, classCount, c);
    const x0 = gap + (c % perRow) * (tileW + gap);
    const y0 = top + Math.floor(c / perRow) * (tileH + gap);
    const pixels: string[] = [];
    for (let p = 0; p < rows * cols; p++) {
      const x = x0 + (p % cols) * pixel;
      const y = y0 + Math.floor(p / cols) * pixel;
      pixels.push(`<rect x="${x}" y="${y}" width="${pixel}" height="${pixel}" fill="${hex(divergingColor(column[p]!, extent))}"/>`);
    }
    parts.push(`<g shape-rendering="crispEdges">${pixels.join('')}</g>`);
    parts.push(`<text x="${x0 + tileW / 2}" y="${y0 + rows * pixel + 15}" font-size="12" text-anchor="middle" fill="${t}">${escapeXml(names[c] ?? String(c))}</text>`);
  }
  const y = height - 10;
  parts.push(`<text x="${gap}" y="${y}" font-size="12" fill="${t}">${escapeXml(`${formatNumber(-extent, 3)} ${legend.negative}`)}</text>`);
  parts.push(`<text x="${width - gap}" y="${y}" font-size="12" text-anchor="end" fill="${t}">${escapeXml(`${legend.positive} +${formatNumber(extent, 3)}`)}</text>`);
  return svgDocument(width, height, picture.background, parts.join(''), picture.font);
}
