/// <reference lib="webworker" />
import { handleDatasetCommand } from './dataset-load';
import type { DatasetCommand, DatasetEvent } from './dataset-protocol';

/**
 * The dataset worker: fetch, gunzip and parse (or read the kept copy) off the
 * page's thread, then hand the arrays over. Only a dispatcher: the work is
 * readOrLoadDataset (dataset-load.ts), the same code the page runs without workers.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (message: MessageEvent<DatasetCommand>) => {
  void handleDatasetCommand(message.data, (event: DatasetEvent, transfer: Transferable[] = []) => scope.postMessage(event, transfer), {
    storage: typeof caches === 'undefined' ? null : caches,
  });
};
