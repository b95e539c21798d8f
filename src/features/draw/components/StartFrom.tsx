import { useId, useState, type ChangeEvent } from 'react';
import type { ImageSet } from '@/data/types';
import { useMessages } from '@/ui/i18n';
import { NumberField } from '@/ui/NumberField';
import { readUpload, UploadRejected } from '../hooks/read-upload';
import { nextMistake } from '../lib/predict';
import type { UploadProblem } from '../lib/upload';
import { drawMessages } from '../strings';

interface StartFromProps {
  testSet: ImageSet | null;
  /** The latest evaluation's predictions, to find the mistakes; null without one. */
  predictions: Uint8Array | null;
  onLoadTest: (index: number) => void;
  onLoadUpload: (pixels: Uint8Array, name: string) => void;
  /** The test image on the canvas now, if any. */
  currentTest: number | null;
}

/**
 * Other ways to fill the canvas: a test image as it is (any index, or the next
 * mistake), or a picture file. Also the way to edit with the keyboard alone.
 */
export function StartFrom({ testSet, predictions, onLoadTest, onLoadUpload, currentTest }: StartFromProps) {
  const m = useMessages(drawMessages);
  const fileId = useId();
  const [index, setIndex] = useState(0);
  const [problem, setProblem] = useState<UploadProblem | null>(null);
  const count = testSet ? Math.min(testSet.count, predictions?.length ?? testSet.count) : 0;
  const mistake = testSet && predictions ? nextMistake(predictions, testSet.labels.subarray(0, predictions.length), currentTest) : null;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const pixels = await readUpload(file);
      setProblem(null);
      onLoadUpload(pixels, file.name);
    } catch (error) {
      setProblem(error instanceof UploadRejected ? error.problem : 'unreadable');
    } finally {
      // The same file may be chosen again after an edit.
      input.value = '';
    }
  };

  return (
    <div className="draw-start">
      <h3 className="draw-heading">{m.startTitle}</h3>
      <p className="muted draw-prose">{m.startLead}</p>
      {testSet ? (
        <div className="row draw-start-row">
          <NumberField
            label={m.testIndex}
            value={index}
            min={0}
            max={Math.max(0, count - 1)}
            integer
            step={1}
            onCommit={setIndex}
          />
          <button type="button" className="button-secondary" onClick={() => onLoadTest(index)}>
            {m.loadTest}
          </button>
          {mistake !== null && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => {
                setIndex(mistake);
                onLoadTest(mistake);
              }}
            >
              {m.loadMistake}
            </button>
          )}
        </div>
      ) : (
        <p className="muted">{m.noTestImages}</p>
      )}
      <div className="draw-upload">
        <label htmlFor={fileId}>{m.upload}</label>
        <input id={fileId} type="file" accept="image/*" onChange={(event) => void onFile(event)} aria-describedby={`${fileId}-hint`} />
        <p id={`${fileId}-hint`} className="muted draw-hint">
          {m.uploadHint}
        </p>
        {problem && (
          <p role="alert" className="notice notice-error" data-testid="draw-upload-error">
            {m.uploadProblem(problem)}
          </p>
        )}
      </div>
    </div>
  );
}
