import { useCallback, useEffect, useRef, useState } from 'react';
import { ArrayFileError, type ArrayFileProblem } from '@/data/array-file-error';
import { heldOutImages, trainingSplit } from '@/data/validation-split';
import type { DatasetHandle, FashionMnist, ImageSet } from '@/data/types';
import { readWeightFiles, type SoftmaxWeights } from '@/data/weights-file';
import type { TrainConfig } from '@/domain/training-config';
import type { Evaluation, ModelWeights } from '@/domain/training-events';
import { EvaluationCancelled, evaluateUploaded } from '../evaluate-uploaded';

export type UploadStatus =
  | { status: 'idle' }
  | { status: 'evaluating'; fileName: string; percent: number | null }
  | { status: 'ready'; fileName: string; accuracy: number; testCount: number };

export interface UploadRejection {
  file: string;
  problem: ArrayFileProblem | { kind: 'unreadable' };
}

export interface UploadedModel {
  upload: UploadStatus;
  /** Why the last file was refused; the page is otherwise as it was. */
  rejection: UploadRejection | null;
  load: (files: readonly File[]) => void;
}

interface Job {
  weights: SoftmaxWeights;
  fileName: string;
}

/** A later task, so input and painting get their turn between slices of the evaluation. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The held-out images a run with these settings keeps apart, for the Calibration lesson; null when there are none. */
function heldOutFor(train: ImageSet, config: Pick<TrainConfig, 'trainLimit'> & { validationSize?: number }): ImageSet | null {
  try {
    const split = trainingSplit(train.count, config.validationSize ?? 0, config.trainLimit);
    return split.validationCount > 0 ? heldOutImages(train, split) : null;
  } catch {
    return null;
  }
}

/**
 * Weights the student brings (an .npz or two .npy files), checked in full before
 * anything changes, then evaluated on the page in short slices like a trained model:
 * the test set as the settings limit it, and the held-out images. A refused file
 * leaves everything as it was and says why.
 */
export function useUploadedModel(
  dataset: DatasetHandle,
  config: Pick<TrainConfig, 'trainLimit' | 'testLimit'> & { validationSize?: number },
  onLoaded: (evaluation: Evaluation, weights: ModelWeights) => void,
): UploadedModel {
  const [upload, setUpload] = useState<UploadStatus>({ status: 'idle' });
  const [rejection, setRejection] = useState<UploadRejection | null>(null);
  // Weights waiting for the test images to arrive.
  const pending = useRef<Job | null>(null);
  const generation = useRef(0);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  }, [onLoaded]);

  const data = dataset.state.status === 'ready' ? dataset.state.data : null;
  const { trainLimit, testLimit, validationSize } = config;

  // Scores the test images a few milliseconds at a time.
  const evaluate = useCallback(
    ({ weights, fileName }: Job, { train, test }: FashionMnist) => {
      const mine = generation.current;
      evaluateUploaded(weights, test, testLimit ?? test.count, heldOutFor(train, { trainLimit, validationSize }), fileName, {
        yieldToPage: nextTask,
        now: () => performance.now(),
        cancelled: () => generation.current !== mine,
        onProgress: (done, total) => setUpload({ status: 'evaluating', fileName, percent: Math.floor((100 * done) / total) }),
      })
        .then((evaluation) => {
          if (generation.current !== mine) return;
          setUpload({ status: 'ready', fileName, accuracy: evaluation.accuracy, testCount: evaluation.testCount });
          onLoadedRef.current(evaluation, { epoch: 0, W: weights.W, b: weights.b });
        })
        .catch((error: unknown) => {
          if (error instanceof EvaluationCancelled) return;
          console.error(error);
          setUpload({ status: 'idle' });
        });
    },
    [trainLimit, testLimit, validationSize],
  );

  const { load: loadData } = dataset;
  const load = useCallback(
    (files: readonly File[]) => {
      const fileName = files.map((f) => f.name).join(' + ');
      void (async () => {
        let weights: SoftmaxWeights;
        try {
          const named = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
          weights = await readWeightFiles(named);
        } catch (error) {
          if (error instanceof ArrayFileError) setRejection({ file: error.file, problem: error.problem });
          else setRejection({ file: fileName, problem: { kind: 'unreadable' } });
          return;
        }
        setRejection(null);
        generation.current++;
        setUpload({ status: 'evaluating', fileName, percent: null });
        if (data) {
          evaluate({ weights, fileName }, data);
        } else {
          pending.current = { weights, fileName };
          loadData();
        }
      })();
    },
    [data, evaluate, loadData],
  );

  // The test images arrived while weights were waiting for them.
  useEffect(() => {
    const job = pending.current;
    if (!job || !data) return;
    pending.current = null;
    evaluate(job, data);
  }, [data, evaluate]);

  return { upload, rejection, load };
}
