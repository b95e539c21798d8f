import { useCallback, useMemo, useRef, useState } from 'react';
import { countPerClass } from '@/data/class-stats';
import { CLASS_COUNT } from '@/data/classes';
import { describeLoadFailure } from '@/data/errors';
import { dataBaseUrl, loadFashionMnist } from '@/data/fashion-mnist';
import { throttleProgress } from '@/data/progress-throttle';
import type { DatasetHandle, DatasetState } from '@/data/types';

/** Progress re-renders at most this often; a chunk arrives every few milliseconds. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Owns Fashion-MNIST for the whole page. Call it once (in App) and hand the result
 * to every section that needs the data. `load()` starts one download however many
 * sections call it, however often: after an error too, so that a section calling it
 * on every render cannot loop. Only `retry()` (the reader's button) loads again.
 */
export function useDataset(): DatasetHandle {
  const [state, setState] = useState<DatasetState>({ status: 'idle' });
  // idle → started (loading, ready) or failed; a ref, so calls in one render see it at once.
  const phase = useRef<'idle' | 'started' | 'failed'>('idle');

  const start = useCallback(() => {
    phase.current = 'started';
    const started = performance.now();
    setState({ status: 'loading', progress: { loadedBytes: 0, totalBytes: null } });
    const onProgress = throttleProgress((progress) => setState({ status: 'loading', progress }), PROGRESS_INTERVAL_MS);

    loadFashionMnist({ baseUrl: dataBaseUrl(document.baseURI), onProgress })
      .then((data) => {
        setState({
          status: 'ready',
          data,
          counts: { train: countPerClass(data.train.labels, CLASS_COUNT), test: countPerClass(data.test.labels, CLASS_COUNT) },
          loadSeconds: (performance.now() - started) / 1000,
        });
      })
      .catch((error: unknown) => {
        phase.current = 'failed';
        console.error(error);
        setState({ status: 'error', ...describeLoadFailure(error) });
      });
  }, []);

  const load = useCallback(() => {
    if (phase.current === 'idle') start();
  }, [start]);
  const retry = useCallback(() => {
    if (phase.current === 'failed') start();
  }, [start]);

  return useMemo(() => ({ state, load, retry }), [state, load, retry]);
}
