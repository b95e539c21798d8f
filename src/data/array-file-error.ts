/**
 * Every way a weights file can be unusable, one kind each, so the page can name the
 * problem in the reader's language. `file` names the file (or the array inside an
 * .npz); `message` is the technical detail in English (console, tests).
 */
export type ArrayFileProblem =
  | { kind: 'not-npy' }
  | { kind: 'truncated'; bytes: number; expectedBytes: number }
  | { kind: 'too-long'; bytes: number; expectedBytes: number }
  | { kind: 'version'; version: string }
  | { kind: 'header'; header: string }
  | { kind: 'dtype'; dtype: string }
  | { kind: 'shape'; shape: number[]; expected: number[] }
  | { kind: 'not-finite'; index: number[]; value: string }
  | { kind: 'zip'; reason: ZipProblem; detail: string }
  | { kind: 'missing'; array: string }
  | { kind: 'files'; count: number }
  | { kind: 'too-large'; bytes: number; limit: number };

/** What is wrong with an .npz archive. */
export type ZipProblem = 'truncated' | 'checksum' | 'compression' | 'encrypted' | 'corrupt';

export type ArrayFileErrorKind = ArrayFileProblem['kind'];

export class ArrayFileError extends Error {
  readonly problem: ArrayFileProblem;
  readonly file: string;

  constructor(file: string, problem: ArrayFileProblem) {
    super(`${file}: ${describeProblem(problem)}`);
    this.name = 'ArrayFileError';
    this.file = file;
    this.problem = problem;
  }

  get kind(): ArrayFileErrorKind {
    return this.problem.kind;
  }
}

const shapeText = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/** The English detail of a problem (the page words each kind in its own language). */
export function describeProblem(problem: ArrayFileProblem): string {
  switch (problem.kind) {
    case 'not-npy':
      return 'not a NumPy file (.npy starts with \\x93NUMPY, .npz is a zip archive)';
    case 'truncated':
      return `truncated: ${problem.bytes} bytes, the header promises ${problem.expectedBytes}`;
    case 'too-long':
      return `${problem.bytes} bytes, ${problem.bytes - problem.expectedBytes} more than the header describes`;
    case 'version':
      return `NPY format version ${problem.version} is not supported (1.0, 2.0 and 3.0 are)`;
    case 'header':
      return `the NPY header cannot be read: ${problem.header}`;
    case 'dtype':
      return `dtype ${problem.dtype}, expected float32 ('<f4')`;
    case 'shape':
      return `shape ${shapeText(problem.shape)}, expected ${shapeText(problem.expected)}`;
    case 'not-finite':
      return `${problem.value} at index [${problem.index.join(', ')}]`;
    case 'zip':
      return `the zip archive is ${problem.reason === 'compression' || problem.reason === 'encrypted' ? 'unsupported' : 'damaged'}: ${problem.detail}`;
    case 'missing':
      return `no array named ${problem.array}`;
    case 'files':
      return `${problem.count} files: choose one .npz, or W.npy and b.npy together`;
    case 'too-large':
      return `${problem.bytes} bytes, more than the ${problem.limit} a 784 × 10 model needs`;
  }
}
