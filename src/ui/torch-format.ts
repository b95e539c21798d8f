/**
 * Python's and PyTorch's ways of writing numbers, for the lessons' Python snippets:
 * a snippet's output must read exactly as the student would see it in a notebook.
 *
 * - `formatTensor` follows torch/_tensor_str.py with the default print options
 *   (precision 4, line width 80, no summarizing: snippets print a few values):
 *   every element padded to one width; fixed notation, `1.` for whole numbers, or
 *   `1.2340e-05` when the nonzero values span more than 1000× or leave 1e-4..1e8.
 * - `pyFixed` is Python's `f'{x:.4f}'`, `pyRepr` is `repr(x)` of a float.
 *
 * Python rounds the exact binary value half to even (f'{0.03125:.4f}' is 0.0312);
 * toFixed rounds such ties up, so the digits come from the exact decimal expansion.
 */

/** |x| = digits / 10^scale exactly, for a finite double x (every double is a finite decimal). */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exponent = -1074;
  if (biased !== 0) {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  if (exponent >= 0) return { digits: mantissa << BigInt(exponent), scale: 0 };
  // m · 2^−k = m · 5^k / 10^k
  return { digits: mantissa * 5n ** BigInt(-exponent), scale: -exponent };
}

/** digits / 10^drop rounded to an integer, ties to even. */
function roundHalfEven(digits: bigint, drop: number): bigint {
  if (drop <= 0) return digits * 10n ** BigInt(-drop);
  const divisor = 10n ** BigInt(drop);
  const quotient = digits / divisor;
  const twiceRest = (digits % divisor) * 2n;
  if (twiceRest > divisor || (twiceRest === divisor && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0);

/** Python's spelling of the values that have no digits. */
function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

/** Python's f'{x:.{digits}f}': 0.0900, 1.4979, -0.0000, nan, inf. */
export function pyFixed(x: number, digits = 4): string {
  const special = nonFinite(x);
  if (special) return special;
  const { digits: all, scale } = exactDecimal(x);
  const text = roundHalfEven(all, scale - digits).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const body = digits > 0 ? `${whole}.${text.slice(-digits)}` : whole;
  return isNegative(x) ? `-${body}` : body;
}

/** Python's f'{x:.{digits}e}': 1.2340e-05, 3.4028e+38, 0.0000e+00. */
export function pyExponent(x: number, digits = 4): string {
  const special = nonFinite(x);
  if (special) return special;
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return `${sign}${digits > 0 ? `0.${'0'.repeat(digits)}` : '0'}e+00`;
  const { digits: all, scale } = exactDecimal(x);
  const length = all.toString().length;
  let power = length - 1 - scale;
  let mantissa = roundHalfEven(all, length - 1 - digits).toString();
  if (mantissa.length > digits + 1) {
    // 9.99995 rounds up to 10.0000: one more power of ten.
    mantissa = mantissa.slice(0, digits + 1);
    power += 1;
  }
  const body = digits > 0 ? `${mantissa[0]}.${mantissa.slice(1)}` : mantissa;
  return `${sign}${body}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
}

/**
 * Python's repr of a float, as a literal in code: 1.0, 0.1, -2.5, 1e-05, 1e+16,
 * float('nan'). The shortest digits that read back as the same double, as in
 * JavaScript; only the layout differs (Python switches to an exponent below 1e-4
 * and from 1e16 on, and always shows a point or an exponent).
 */
export function pyRepr(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "-float('inf')";
  const sign = isNegative(x) ? '-' : '';
  if (x === 0) return `${sign}0.0`;
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const power = Number(exponentText);
  if (power < -4 || power >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${body}e${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  if (power < 0) return `${sign}0.${'0'.repeat(-power - 1)}${digits}`;
  if (digits.length <= power + 1) return `${sign}${digits.padEnd(power + 1, '0')}.0`;
  return `${sign}${digits.slice(0, power + 1)}.${digits.slice(power + 1)}`;
}

/** A nested list of numbers (or booleans for a bool tensor), as torch.tensor takes it. */
export type TensorData = number | boolean | readonly TensorData[];

/** The dtypes the snippets print; float32 is PyTorch's default for floats, int64 for whole numbers. */
export type TorchDtype = 'float32' | 'float64' | 'int64' | 'bool';

const PRECISION = 4;
const LINE_WIDTH = 80;
const PREFIX = 'tensor(';

const flatten = (data: TensorData): (number | boolean)[] =>
  Array.isArray(data) ? (data as readonly TensorData[]).flatMap(flatten) : [data as number | boolean];

/** torch's _Formatter: one width and one notation for every element of the tensor. */
function makeFormatter(values: (number | boolean)[], dtype: TorchDtype): { width: number; format: (v: number | boolean) => string } {
  const pad = (width: number, s: string) => s.padStart(width, ' ');
  if (dtype === 'bool' || dtype === 'int64') {
    const show = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : String(Math.trunc(v)));
    const width = Math.max(1, ...values.map((v) => show(v).length));
    return { width, format: (v) => pad(width, show(v)) };
  }
  const numbers = values.map(Number);
  const nonzeroFinite = numbers.filter((v) => Number.isFinite(v) && v !== 0);
  let width = 1;
  let mode: 'int' | 'fixed' | 'sci' = 'int';
  if (nonzeroFinite.length > 0) {
    const abs = nonzeroFinite.map(Math.abs);
    const max = Math.max(...abs);
    const min = Math.min(...abs);
    const spread = max / min > 1000 || max > 1e8;
    if (nonzeroFinite.some((v) => v !== Math.ceil(v))) mode = spread || min < 1e-4 ? 'sci' : 'fixed';
    else if (spread) mode = 'sci';
    for (const v of nonzeroFinite) {
      const len = mode === 'sci' ? pyExponent(v, PRECISION).length : mode === 'fixed' ? pyFixed(v, PRECISION).length : pyFixed(v, 0).length + 1;
      width = Math.max(width, len);
    }
  }
  const show = (v: number): string => {
    if (mode === 'sci') return pyExponent(v, PRECISION);
    if (mode === 'fixed') return pyFixed(v, PRECISION);
    return Number.isFinite(v) ? `${pyFixed(v, 0)}.` : pyFixed(v, 0);
  };
  return { width, format: (v) => pad(width, show(Number(v))) };
}

/** torch's _tensor_str_with_formatter: rows wrapped at the line width, nested brackets aligned. */
function layout(data: TensorData, indent: number, format: (v: number | boolean) => string, elementLength: number): string {
  if (!Array.isArray(data)) return format(data as number | boolean);
  const items = data as readonly TensorData[];
  if (items.length === 0) return '[]';
  if (!Array.isArray(items[0])) {
    const perLine = Math.max(1, Math.floor((LINE_WIDTH - indent) / elementLength));
    const cells = items.map((v) => format(v as number | boolean));
    const lines: string[] = [];
    for (let i = 0; i < cells.length; i += perLine) lines.push(cells.slice(i, i + perLine).join(', '));
    return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
  }
  const depth = dims(data);
  const slices = items.map((row) => layout(row, indent + 1, format, elementLength));
  return `[${slices.join(`,${'\n'.repeat(depth - 1)}${' '.repeat(indent + 1)}`)}]`;
}

const dims = (data: TensorData): number => (Array.isArray(data) ? 1 + dims((data as readonly TensorData[])[0] ?? 0) : 0);

/**
 * What `print(t)` shows for torch.tensor(data, dtype=dtype): `tensor([[0.0900, 0.2447, 0.6652]])`,
 * `tensor(1.4979)`, `tensor([0, 2])`, `tensor([ True, False])`. Float32 values are rounded
 * to float32 first, as the tensor would hold them; float64 and other non-default
 * dtypes get torch's `dtype=` suffix (int64 and bool are defaults and get none).
 */
export function formatTensor(data: TensorData, dtype: TorchDtype = 'float32'): string {
  const round = dtype === 'float32' ? (v: number | boolean) => Math.fround(Number(v)) : (v: number | boolean) => v;
  const rounded = roundAll(data, round);
  const values = flatten(rounded);
  const suffixes: string[] = [];
  let body: string;
  if (values.length === 0) {
    // An empty tensor shows no element to tell its dtype by, so every non-float32 one names it.
    body = '[]';
    if (dtype !== 'float32') suffixes.push(`dtype=torch.${dtype}`);
  } else {
    const formatter = makeFormatter(values, dtype);
    body = layout(rounded, PREFIX.length, formatter.format, formatter.width + 2);
    if (dtype === 'float64') suffixes.push('dtype=torch.float64');
  }
  return addSuffixes(PREFIX + body, suffixes);
}

/** torch's _add_suffixes: `, dtype=…` on the last line, or on a line of its own past the line width. */
function addSuffixes(text: string, suffixes: readonly string[]): string {
  let lastLineLength = text.length - text.lastIndexOf('\n') + 1;
  let out = text;
  for (const suffix of suffixes) {
    if (lastLineLength + suffix.length + 2 > LINE_WIDTH) {
      out += `,\n${' '.repeat(PREFIX.length)}${suffix}`;
      lastLineLength = PREFIX.length + suffix.length;
    } else {
      out += `, ${suffix}`;
      lastLineLength += suffix.length + 2;
    }
  }
  return `${out})`;
}

function roundAll(data: TensorData, round: (v: number | boolean) => number | boolean): TensorData {
  return Array.isArray(data) ? (data as readonly TensorData[]).map((d) => roundAll(d, round)) : round(data as number | boolean);
}

/**
 * A Python list literal for code, rows aligned under each other:
 * `[[1.0, 2.0, 3.0]]`, or a matrix with one row per line after `indent` spaces.
 */
export function pyList(data: readonly number[] | readonly (readonly number[])[], indent = 0, show: (v: number) => string = pyRepr): string {
  if (data.length === 0 || !Array.isArray(data[0])) return `[${(data as readonly number[]).map(show).join(', ')}]`;
  const rows = data as readonly (readonly number[])[];
  const cells = rows.map((row) => row.map(show));
  // Columns line up under each other; a single row needs no padding.
  const width = rows.length > 1 ? Math.max(...cells.flat().map((c) => c.length)) : 0;
  const lines = cells.map((row) => `[${row.map((c) => c.padStart(width, ' ')).join(', ')}]`);
  return `[${lines.join(`,\n${' '.repeat(indent + 1)}`)}]`;
}

/** A value as it may appear in a snippet's code: at most `digits` decimals, so a literal stays short (1.73, not 1.7300000000000002). */
export const literalValue = (x: number, digits = 4): number => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** A lesson's Python snippet: its source and what running it prints. */
export interface PythonSnippet {
  code: string;
  output: string;
  /** The output is a sentence saying what will fill it (no run yet), not what the code prints. */
  pending?: boolean;
}
