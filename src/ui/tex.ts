/**
 * Escapes arbitrary user text (a class name) for use inside \text{…} in TeX,
 * so it is shown literally and never read as a TeX command: `\href{…}` stays
 * the characters a student typed.
 */
export function escapeTexText(text: string): string {
  const replacements: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    $: '\\$',
    '&': '\\&',
    '#': '\\#',
    '^': '\\textasciicircum{}',
    _: '\\_',
    '%': '\\%',
    '~': '\\textasciitilde{}',
  };
  return text.replace(/[\\{}$&#^_%~]/g, (c) => replacements[c] ?? c);
}

/** `\text{…}` around user text, escaped. */
export const texText = (text: string): string => `\\text{${escapeTexText(text)}}`;
