/**
 * The runtime guard of the packed upload (packed-upload.ts). That upload writes
 * TensorFlow.js's private texture data, which a new version of TensorFlow.js may
 * lay out differently. So before the first batch it is compared once with
 * tf.tensor2d; on any difference every later upload takes tf.tensor2d, and the
 * console says so: an upgrade can make training slower, never wrong.
 * Pure: the comparison itself is passed in.
 */

/** How a matrix reached the backend: written straight into a packed texture, or through tf.tensor2d. */
export type UploadPath = 'packed' | 'tensor2d';

/** One matrix uploaded by uploadMatrix and by tf.tensor2d, and compared. */
export interface UploadCheck {
  rows: number;
  cols: number;
  /** The path uploadMatrix took for this shape. */
  path: UploadPath;
  /** The largest absolute difference from tf.tensor2d's matrix, as uploaded and through a matrix product. */
  difference: number;
}

/** 'unchecked' until a packed upload was compared; then 'verified', or 'disabled' for the page's life. */
export type GuardState = 'unchecked' | 'verified' | 'disabled';

export interface GuardVerdict {
  state: GuardState;
  /** What went wrong, for the console; null when nothing did. */
  problem: string | null;
}

/**
 * What the checks say: 'disabled' when a packed upload differs from tf.tensor2d at
 * all (NaN counts as a difference), 'verified' when every packed one is exact, and
 * 'unchecked' when none took the packed path (another backend: nothing to verify).
 */
export function uploadVerdict(checks: readonly UploadCheck[]): GuardVerdict {
  const packed = checks.filter((check) => check.path === 'packed');
  const wrong = packed.find((check) => check.difference !== 0);
  if (wrong) return { state: 'disabled', problem: `a ${wrong.rows} × ${wrong.cols} matrix differed by ${wrong.difference}` };
  return { state: packed.length > 0 ? 'verified' : 'unchecked', problem: null };
}

/** Runs the comparison once, keeps its verdict, and warns when it turns the packed upload off. */
export class UploadGuard {
  private current: GuardState = 'unchecked';
  private running: Promise<GuardState> | null = null;

  get state(): GuardState {
    return this.current;
  }

  /** False once a comparison found a difference: from then on every upload takes tf.tensor2d. */
  get allowsPacked(): boolean {
    return this.current !== 'disabled';
  }

  /**
   * Compares with `compare` unless a comparison already decided; a comparison that
   * throws disables the packed upload too. Calls made while one runs share it.
   */
  check(compare: () => Promise<UploadCheck[]>, warn: (message: string) => void = console.warn): Promise<GuardState> {
    if (this.current !== 'unchecked') return Promise.resolve(this.current);
    this.running ??= compare()
      .then(uploadVerdict, (error: unknown): GuardVerdict => ({ state: 'disabled', problem: `the comparison failed: ${String(error)}` }))
      .then(({ state, problem }) => {
        this.current = state;
        this.running = null;
        if (problem) {
          warn(`Softmax Lab: the packed batch upload does not match tf.tensor2d (${problem}). Batches are uploaded with tf.tensor2d from now on: slower, the same values.`);
        }
        return state;
      });
    return this.running;
  }
}
