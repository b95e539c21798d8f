import type { ArrayFileProblem } from '@/data/array-file-error';
import { groupThousands } from '@/ui/format';
import type { KeepMessages } from './keep-strings';

/** A shape as numpy prints it: (784, 10), (10,). */
export const shapeText = (shape: readonly number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/** Bytes for people: 31.9 kB, 4.2 MB. */
export function byteSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The student's message for a rejected weights file: what is wrong, with which file, and how to fix it. */
export function uploadErrorText(m: KeepMessages, file: string, problem: ArrayFileProblem | { kind: 'unreadable' }): string {
  switch (problem.kind) {
    case 'not-npy':
      return m.notNpy(file);
    case 'truncated':
      return m.truncated(file, groupThousands(problem.bytes), groupThousands(problem.expectedBytes));
    case 'too-long':
      return m.tooLong(file, groupThousands(problem.bytes), groupThousands(problem.expectedBytes));
    case 'version':
      return m.version(file, problem.version);
    case 'header':
      return m.header(file);
    case 'dtype':
      return m.dtype(file, problem.dtype);
    case 'shape': {
      const text = m.shape(file, shapeText(problem.shape), shapeText(problem.expected));
      const transposed = problem.shape.length === 2 && problem.shape[0] === problem.expected[1] && problem.shape[1] === problem.expected[0];
      return transposed ? `${text} ${m.transposed}` : text;
    }
    case 'not-finite':
      return m.notFinite(file, problem.value, `[${problem.index.join(', ')}]`);
    case 'zip':
      switch (problem.reason) {
        case 'truncated':
          return m.zipTruncated(file);
        case 'checksum':
          return m.zipChecksum(file);
        case 'compression':
          return m.zipCompression(file);
        case 'encrypted':
          return m.zipEncrypted(file);
        case 'corrupt':
          return m.zipCorrupt(file);
      }
      break;
    case 'missing':
      return m.missing(file, problem.array);
    case 'files':
      return m.files(problem.count);
    case 'too-large':
      return m.tooLarge(file, byteSize(problem.bytes));
    case 'unreadable':
      return m.unreadable(file);
  }
}
