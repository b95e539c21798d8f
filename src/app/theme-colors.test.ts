import { describe, expect, it } from 'vitest';
import { CLASS_COLORS } from '@/ui/palette';
import { contrastRatio, hexToLinear, minDistance, type Deficiency } from './color-science';

// Vitest blanks CSS imports (even ?raw), so the stylesheet is read from disk.
// The app's tsconfig carries no Node types, hence the narrow cast.
const { readFileSync } = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, encoding: 'utf8'): string } } }
).process.getBuiltinModule('node:fs');
const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

/** The colour tokens of one theme block in styles.css (`:root {` or `:root[data-theme='dark'] {`). */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no ${selector} block`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = tokens(':root');
const dark = { ...light, ...tokens(":root[data-theme='dark']") };

/** [foreground, background, minimum]: 4.5 for text, 3 for focus rings and control borders (WCAG 1.4.11). */
const PAIRS: [string, string, number][] = [
  ...['bg', 'surface', 'surface-2', 'warning-bg', 'error-bg', 'accent-soft'].map(
    (bg) => ['text', bg, 4.5] as [string, string, number],
  ),
  ...['bg', 'surface', 'surface-2'].flatMap((bg) => [
    ['text-muted', bg, 4.5] as [string, string, number],
    ['accent', bg, 4.5] as [string, string, number],
    ['negative', bg, 4.5] as [string, string, number],
    ['positive', bg, 4.5] as [string, string, number],
    ['focus', bg, 3] as [string, string, number],
    ['control-border', bg, 3] as [string, string, number],
  ]),
  ['negative', 'error-bg', 4.5],
  ['accent-contrast', 'accent', 4.5],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme meets WCAG AA contrast', (_name, theme) => {
  it.each(PAIRS)('--%s on --%s ≥ %s', (fg, bg, min) => {
    expect(theme[fg], `--${fg}`).toBeDefined();
    expect(theme[bg], `--${bg}`).toBeDefined();
    expect(contrastRatio(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });
});

describe('contrast arithmetic', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 6);
    expect(() => hexToLinear('red')).toThrow();
  });
});

describe('the class palette', () => {
  const deficiencies: (Deficiency | undefined)[] = [undefined, 'protanopia', 'deuteranopia', 'tritanopia'];

  it('has ten distinct colours', () => {
    expect(new Set(CLASS_COLORS.map((c) => c.toLowerCase())).size).toBe(10);
  });

  it.each(deficiencies)('keeps every pair clearly apart (ΔE ≥ 10) with %s', (deficiency) => {
    expect(minDistance(CLASS_COLORS, deficiency)).toBeGreaterThanOrEqual(10);
  });

  it('would catch a palette that colour-blind readers cannot tell apart', () => {
    // Red and green of equal lightness collapse for deuteranopes.
    expect(minDistance(['#d62728', '#2ca02c'])).toBeGreaterThan(10);
    expect(minDistance(['#cc6677', '#6b6b6b'], 'protanopia')).toBeLessThan(10);
  });
});
