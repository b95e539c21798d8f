import { HttpError, MissingFileError, NetworkError } from './errors';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface OpenedFile {
  body: ReadableStream<Uint8Array>;
  /** From Content-Length; null when the server does not say. */
  totalBytes: number | null;
}

/**
 * Requests one dataset file and classifies what can go wrong before its body
 * arrives. A page where a file should be counts as missing: single-page-app hosts
 * (and Vite's dev server) answer unknown paths with index.html and status 200.
 */
export async function openFile(url: string, file: string, fetchImpl: FetchLike, signal?: AbortSignal): Promise<OpenedFile> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal });
  } catch (error) {
    throw new NetworkError(file, error);
  }
  if (response.status === 404 || response.status === 410) {
    throw new MissingFileError(file, `not found at ${url} (HTTP ${response.status})`);
  }
  if (!response.ok) throw new HttpError(file, response.status);
  if (/^text\/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new MissingFileError(file, `the server sent a web page instead of the file at ${url}`);
  }
  if (!response.body) throw new MissingFileError(file, `the response from ${url} has no body`);
  const length = Number(response.headers.get('content-length'));
  return { body: response.body, totalBytes: Number.isFinite(length) && length > 0 ? length : null };
}

/** Passes a byte stream through unchanged, reporting each chunk's size as it goes by. */
export function countBytes(stream: ReadableStream<Uint8Array>, onBytes: (bytes: number) => void): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
}
