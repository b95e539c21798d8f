/** Megabytes (10^6 bytes) with one decimal: `26.4`. */
export function formatMegabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** Share of a download done, 0..1; null while the total is unknown. */
export function progressShare(loadedBytes: number, totalBytes: number | null): number | null {
  if (totalBytes === null || totalBytes <= 0) return null;
  return Math.min(1, Math.max(0, loadedBytes / totalBytes));
}
