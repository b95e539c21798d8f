/**
 * Pictures for lab reports: a chart on the page as a standalone SVG file (its
 * colours, which the page gives through CSS variables, written into the file),
 * and any SVG as a PNG drawn at twice its size.
 */

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** A complete SVG document of the given size around `body`, on a solid background. */
export function svgDocument(width: number, height: number, background: string, body: string, fontFamily = 'system-ui, sans-serif'): SvgPicture {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">` +
    `<rect width="${width}" height="${height}" fill="${escapeXml(background)}"/>${body}</svg>\n`;
  return { svg, width, height };
}

/** The presentation properties a chart's look depends on: resolved, they no longer need the page's CSS. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Copies each element's computed presentation into the clone's style attribute, element by element. */
function inlineComputedStyles(source: Element, clone: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  clone.setAttribute('style', style);
  clone.removeAttribute('class');
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length && i < cloneChildren.length; i++) inlineComputedStyles(sourceChildren[i]!, cloneChildren[i]!);
}

/** The page's own colours, for a picture that looks like what the student saw. */
export function pageColors(): { background: string; text: string; font: string } {
  const body = getComputedStyle(document.body);
  const background = body.backgroundColor && body.backgroundColor !== 'rgba(0, 0, 0, 0)' ? body.backgroundColor : '#ffffff';
  return { background, text: body.color || '#000000', font: body.fontFamily || 'system-ui, sans-serif' };
}

const LEGEND_ROW = 20;
const TITLE_HEIGHT = 30;
/** A legend entry's width: its swatch and an estimate of its text at 12 px. */
const legendItemWidth = (text: string) => 28 + Math.ceil(text.length * 6.6) + 16;

/**
 * A training chart (`<figure>` with a caption, an HTML legend of swatches and a
 * recharts SVG plot) as one standalone SVG: the caption as a title, the legend
 * redrawn in SVG, then the plot with every colour resolved.
 */
export function chartFigureSvg(figure: Element): SvgPicture | null {
  const plot = figure.querySelector('svg.recharts-surface');
  if (!(plot instanceof SVGSVGElement)) return null;
  const { background, text, font } = pageColors();
  const width = Math.round(plot.getBoundingClientRect().width) || Number(plot.getAttribute('width')) || 600;
  const plotHeight = Math.round(plot.getBoundingClientRect().height) || Number(plot.getAttribute('height')) || 300;
  const title = figure.querySelector('figcaption')?.textContent ?? '';

  // The legend, wrapped into rows as the page wraps it.
  const items = [...figure.querySelectorAll('li')].map((li) => {
    const swatch = li.querySelector('svg');
    const line = swatch?.querySelector('line');
    const dot = swatch?.querySelector('circle');
    return {
      text: li.textContent ?? '',
      color: line ? getComputedStyle(line).stroke : dot ? getComputedStyle(dot).fill : text,
      dash: line ? (line.getAttribute('stroke-dasharray') ?? '') : '',
      line: Boolean(line),
      opacity: swatch?.getAttribute('opacity') ?? '1',
    };
  });
  let x = 8;
  let row = 0;
  const legend = items.map((item) => {
    const w = legendItemWidth(item.text);
    if (x + w > width && x > 8) {
      x = 8;
      row++;
    }
    const y = TITLE_HEIGHT + row * LEGEND_ROW + 10;
    const mark = item.line
      ? `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${escapeXml(item.color)}" stroke-width="2"${item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''}/>`
      : `<circle cx="${x + 9}" cy="${y}" r="3.5" fill="${escapeXml(item.color)}"/>`;
    const markup = `<g opacity="${escapeXml(item.opacity)}">${mark}</g><text x="${x + 24}" y="${y + 4}" font-size="12" fill="${escapeXml(text)}">${escapeXml(item.text)}</text>`;
    x += w;
    return markup;
  });
  const top = TITLE_HEIGHT + (items.length ? (row + 1) * LEGEND_ROW : 0);

  const clone = plot.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(plot, clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(plotHeight));
  clone.removeAttribute('style');
  const body = `<text x="8" y="20" font-size="15" font-weight="600" fill="${escapeXml(text)}">${escapeXml(title)}</text>${legend.join('')}${new XMLSerializer().serializeToString(clone)}`;
  return svgDocument(width, top + plotHeight, background, body, font);
}

/** Draws an SVG document into a PNG of `scale` × its size (sharp on a projector and in print). */
export async function svgToPng({ svg, width, height }: SvgPicture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
