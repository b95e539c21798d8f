/**
 * Class colours: Paul Tol's "muted" scheme, distinguishable with the common
 * forms of colour blindness, plus a violet for the tenth class (Tol's grey sat
 * next to rose for protanopes); theme-colors.test.ts checks every pair stays
 * apart (CIELAB ΔE ≥ 10) under simulated protan, deutan and tritan vision.
 * Index by class id (mod 10).
 */
export const CLASS_COLORS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#8866FF',
] as const;

export const classColor = (index: number): string => CLASS_COLORS[index % CLASS_COLORS.length]!;
