import { GRID_SIZE } from '../lib/brush';
import { checkUploadFile, checkUploadSize, fitInside, grayFromRgba, placeCentred, toDatasetPolarity, type UploadProblem } from '../lib/upload';

export class UploadRejected extends Error {
  constructor(readonly problem: UploadProblem) {
    super(problem);
  }
}

/**
 * A picture file as the grid's bytes: checked before it is decoded, decoded by
 * the browser, fitted into 28 × 28 over white, made grey, and inverted when its
 * background is light. Throws UploadRejected with the reason.
 */
export async function readUpload(file: File): Promise<Uint8Array> {
  const problem = checkUploadFile(file);
  if (problem) throw new UploadRejected(problem);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new UploadRejected('unreadable');
  }
  try {
    const sizeProblem = checkUploadSize(bitmap.width, bitmap.height);
    if (sizeProblem) throw new UploadRejected(sizeProblem);
    // The picture at its final size first: its own border tells its background, before any padding.
    const { width, height } = fitInside(bitmap.width, bitmap.height, GRID_SIZE);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new UploadRejected('unreadable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const gray = toDatasetPolarity(grayFromRgba(context.getImageData(0, 0, width, height).data), width, height);
    return placeCentred(gray, width, height, GRID_SIZE);
  } finally {
    bitmap.close();
  }
}
