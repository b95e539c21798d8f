/**
 * Number formats shared by every view. Hooks in the UI contract use plain
 * decimals with 4 digits after the point, never localized separators.
 */

/** `0.0900`; NaN and ±Infinity are spelled out, because the overflow lesson shows them. */
export function fixed4(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  const s = x.toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/** Compact value for tables: fixed for moderate magnitudes, scientific (2.7183e+5) for large or tiny ones. */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return fixed4(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e5 || abs < 1e-4)) return x.toExponential(digits);
  const s = x.toFixed(digits);
  return /^-0\.0+$/.test(s) ? s.slice(1) : s;
}

/**
 * A whole number with commas between thousands, the same in both languages:
 * 29,848. Written out rather than toLocaleString, whose first call loads the
 * locale data, a long task in the middle of the first training progress
 * update (README, Performance).
 */
export function groupThousands(x: number): string {
  const whole = Math.round(x);
  if (!Number.isFinite(whole)) return fixed4(whole);
  return String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A learning rate as a person writes it: 0.1, 1e-10, 100000 → 1e5. */
export function formatRate(rate: number): string {
  if (rate !== 0 && (Math.abs(rate) >= 1e4 || Math.abs(rate) < 1e-3)) return rate.toExponential().replace('e+', 'e');
  return String(Number(rate.toPrecision(6)));
}

/** TeX for a number, with e-notation as a·10^k, so large exponentials render readably. */
export function texNumber(x: number, digits = 4): string {
  if (Number.isNaN(x)) return '\\text{NaN}';
  if (x === Infinity) return '\\infty';
  if (x === -Infinity) return '-\\infty';
  const s = formatNumber(x, digits);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  return `${m[1]}\\times 10^{${Number(m[2])}}`;
}

/** `m:ss` (or `h:mm:ss`) for a duration; `–` when unknown. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
