import { describe, expect, it } from 'vitest';
import { applyThemeColor, THEME_COLOR } from './theme-color';

// Vitest blanks CSS imports, so the files are read from disk (see theme-colors.test.ts).
const { readFileSync } = (
  globalThis as unknown as { process: { getBuiltinModule(id: 'node:fs'): { readFileSync(path: URL, encoding: 'utf8'): string } } }
).process.getBuiltinModule('node:fs');
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** A token's value in one theme block of styles.css. */
function token(css: string, selector: string, name: string): string {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,6})\\b`, 'i').exec(block);
  if (!match) throw new Error(`no --${name} in ${selector}`);
  return match[1]!.toLowerCase();
}

describe('theme colours', () => {
  const css = read('../styles.css');

  it('are the header’s surface in each theme', () => {
    expect(THEME_COLOR.light).toBe(token(css, ':root', 'surface'));
    expect(THEME_COLOR.dark).toBe(token(css, ":root[data-theme='dark']", 'surface'));
  });

  it('agree with index.html and the manifest', () => {
    const html = read('../../index.html');
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLOR.light}" media="(prefers-color-scheme: light)" />`);
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLOR.dark}" media="(prefers-color-scheme: dark)" />`);
    const manifest = JSON.parse(read('../../public/manifest.webmanifest')) as { theme_color: string; background_color: string };
    expect(manifest.theme_color).toBe(THEME_COLOR.light);
    expect(manifest.background_color).toBe(token(css, ':root', 'bg'));
  });

  it('follow the theme the student picks, whatever the system’s scheme', () => {
    const metas = [0, 1].map(() => ({ content: '', setAttribute(_: string, value: string) { this.content = value; } }));
    applyThemeColor('dark', { querySelectorAll: () => metas as unknown as NodeListOf<Element> });
    expect(metas.map((m) => m.content)).toEqual([THEME_COLOR.dark, THEME_COLOR.dark]);
  });
});
