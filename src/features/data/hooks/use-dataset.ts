import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countPerClass } from '@/data/class-stats';
import { CLASS_COUNT } from '@/data/classes';
import { dataBaseUrl, LOAD_MEASURE } from '@/data/fashion-mnist';
import type { DatasetHandle, DatasetState, FashionMnist, KeptDataState } from '@/data/types';
import { storageProblemOf } from '@/storage/idb';
import { forgetDataset, keepDataset, keptBytes, keptDatasetBytes } from '@/storage/kept-dataset';
import { loadDataset, loadFailureOf, prepareDatasetWorker } from '@/workers/dataset-client';

/** The download's progress bar re-renders at most this often; a chunk arrives every few milliseconds. */
const DOWNLOAD_PROGRESS_INTERVAL_MS = 100;

/** Cache Storage exists only on secure pages (https, localhost). */
const hasCacheStorage = () => typeof caches !== 'undefined';

/** Resolves when the page is idle (or after a second at most), so keeping the data never delays the first screen. */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });

/**
 * Owns Fashion-MNIST for the whole page. Call it once (in App) and hand the result
 * to every section that needs the data. `load()` starts one download however many
 * sections call it, however often: after an error too, so that a section calling it
 * on every render cannot loop. Only `retry()` (the reader's button) loads again.
 * After the first complete download the files are kept on this device (when the
 * page is idle), and later visits read them from there, online or offline.
 */
export function useDataset(): DatasetHandle {
  const [state, setState] = useState<DatasetState>({ status: 'idle' });
  const [kept, setKept] = useState<KeptDataState>(() => (hasCacheStorage() ? { status: 'unknown' } : { status: 'unsupported' }));
  // idle → started (loading, ready) or failed; a ref, so calls in one render see it at once.
  const phase = useRef<'idle' | 'started' | 'failed'>('idle');
  const baseUrl = useMemo(() => dataBaseUrl(document.baseURI), []);

  // Whether a copy is kept, before anything is loaded: the Data lesson says so.
  useEffect(() => {
    if (!hasCacheStorage()) return;
    keptDatasetBytes(baseUrl)
      .then((bytes) => {
        // A kept copy reads in about 0.1 s, so the worker's start (a few tens of ms) would
        // be a large part of it: start the worker now, while the page waits for the lesson.
        if (bytes !== null && phase.current === 'idle') prepareDatasetWorker();
        setKept((now) => (now.status === 'unknown' ? (bytes === null ? { status: 'none' } : { status: 'kept', bytes }) : now));
      })
      .catch(() => setKept((now) => (now.status === 'unknown' ? { status: 'none' } : now)));
  }, [baseUrl]);

  const keep = useCallback(
    (data: FashionMnist) => {
      setKept({ status: 'saving' });
      keepDataset(baseUrl, data, whenIdle)
        .then((bytes) => setKept({ status: 'kept', bytes }))
        .catch((error: unknown) => {
          console.warn('The dataset could not be kept on this device:', error);
          setKept({ status: 'failed', reason: storageProblemOf(error) });
        });
    },
    [baseUrl],
  );

  const start = useCallback(() => {
    phase.current = 'started';
    const started = performance.now();
    setState({ status: 'loading', progress: { loadedBytes: 0, totalBytes: null } });

    // Off the page's thread (src/workers/dataset-client.ts): the kept copy, or the download.
    loadDataset({
      baseUrl,
      storage: hasCacheStorage() ? caches : null,
      progressIntervalMs: DOWNLOAD_PROGRESS_INTERVAL_MS,
      onProgress: (progress) => setState({ status: 'loading', progress }),
    })
      .then(({ data, source }) => {
        // From the request to the arrays on the page, wherever they were made (the benchmark reads it).
        performance.measure(LOAD_MEASURE, { start: started, end: performance.now() });
        setState({
          status: 'ready',
          data,
          counts: { train: countPerClass(data.train.labels, CLASS_COUNT), test: countPerClass(data.test.labels, CLASS_COUNT) },
          loadSeconds: (performance.now() - started) / 1000,
          source,
        });
        if (!hasCacheStorage()) return;
        if (source === 'kept') setKept({ status: 'kept', bytes: keptBytes(data) });
        else keep(data);
      })
      .catch((error: unknown) => {
        phase.current = 'failed';
        console.error(error);
        setState({ status: 'error', ...loadFailureOf(error) });
      });
  }, [baseUrl, keep]);

  const load = useCallback(() => {
    if (phase.current === 'idle') start();
  }, [start]);
  const retry = useCallback(() => {
    if (phase.current === 'failed') start();
  }, [start]);
  const forgetKept = useCallback(() => {
    if (!hasCacheStorage()) return;
    forgetDataset()
      .then(() => setKept({ status: 'none' }))
      .catch((error: unknown) => console.warn('The kept dataset could not be deleted:', error));
  }, []);

  return useMemo(() => ({ state, load, retry, kept, forgetKept }), [state, load, retry, kept, forgetKept]);
}
