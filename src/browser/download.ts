/**
 * Files the page hands to the student: a name that says what and when, and the
 * download itself (an object URL on a temporary link, released afterwards).
 */

/** "softmax-lab-epochs-2026-11-21-1630.csv": what the file holds and when it was made (local time). */
export function exportFileName(what: string, extension: string, when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}-${pad(when.getHours())}${pad(when.getMinutes())}`;
  return `softmax-lab-${what}-${stamp}.${extension}`;
}

/** Saves `blob` as `fileName` through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const downloadText = (text: string, fileName: string, type: string) => downloadBlob(new Blob([text], { type }), fileName);
