import { IdxLengthError } from './errors';
import { checkIdxMagic, idxHeaderBytes, readIdxHeader } from './idx';

/**
 * Gathers a decompressed IDX stream into one buffer of exactly the size its header
 * declares, allocated as soon as the header arrives: the chunks are copied once and
 * dropped, so a 47 MB file never exists twice. A wrong magic number stops the
 * download at the first chunk.
 */
export async function collectIdx(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  expectedMagic: number,
  /** Called with the file's full length once the header has arrived. */
  onHeader?: (totalBytes: number) => void,
): Promise<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0);
  let out: Uint8Array | null = null;
  let offset = 0;

  for await (const chunk of chunks) {
    if (out === null) {
      head = concat(head, chunk);
      if (head.byteLength < 4) continue;
      // Check the magic number as soon as it is here, before waiting for the rest of the header.
      const magic = checkIdxMagic(head, file, expectedMagic);
      if (head.byteLength < idxHeaderBytes(magic)) continue;
      const header = readIdxHeader(head, file, expectedMagic);
      if (head.byteLength > header.totalBytes) throw new IdxLengthError(file, head.byteLength, header.totalBytes);
      onHeader?.(header.totalBytes);
      out = new Uint8Array(header.totalBytes);
      out.set(head);
      offset = head.byteLength;
      head = new Uint8Array(0);
      continue;
    }
    if (offset + chunk.byteLength > out.byteLength) {
      throw new IdxLengthError(file, offset + chunk.byteLength, out.byteLength);
    }
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }

  if (out === null) {
    readIdxHeader(head, file, expectedMagic); // throws the specific error for a short header
    throw new IdxLengthError(file, head.byteLength, idxHeaderBytes(expectedMagic));
  }
  if (offset !== out.byteLength) throw new IdxLengthError(file, offset, out.byteLength);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.byteLength === 0) return b;
  const joined = new Uint8Array(a.byteLength + b.byteLength);
  joined.set(a);
  joined.set(b, a.byteLength);
  return joined;
}
