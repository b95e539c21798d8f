/**
 * A small typed wrapper over one IndexedDB object store: promises instead of
 * request events, and failures turned into a `StorageProblem` the page can explain.
 * Private windows and full disks are normal, not exceptional: callers get a
 * reason and carry on without storage.
 */

/** Why the browser would not keep something. */
export type StorageProblem = 'unavailable' | 'quota';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'StorageError';
  }
}

/** A full quota is named differently by each browser; everything else means storage is off. */
export function storageProblemOf(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'unavailable';
}

const settle = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new StorageError('unavailable', 'an IndexedDB request failed'));
  });

const done = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new StorageError('quota', 'the transaction was aborted'));
    transaction.onerror = () => reject(transaction.error ?? new StorageError('unavailable', 'the transaction failed'));
  });

export interface ObjectStore<T> {
  getAll(): Promise<T[]>;
  put(value: T): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Opens (creating on first use) database `dbName` with one store `storeName` keyed by
 * `keyPath`. Rejects with a StorageError when the browser offers no IndexedDB.
 */
export async function openObjectStore<T>(dbName: string, storeName: string, keyPath: string): Promise<ObjectStore<T>> {
  if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', 'this browser offers no IndexedDB');
  const request = indexedDB.open(dbName, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName, { keyPath });
  };
  const db = await settle(request);
  const run = async <R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> => {
    const transaction = db.transaction(storeName, mode);
    const [result] = await Promise.all([settle(work(transaction.objectStore(storeName))), done(transaction)]);
    return result;
  };
  return {
    getAll: () => run('readonly', (store) => store.getAll() as IDBRequest<T[]>),
    put: async (value) => {
      await run('readwrite', (store) => store.put(value));
    },
    delete: async (key) => {
      await run('readwrite', (store) => store.delete(key));
    },
    clear: async () => {
      await run('readwrite', (store) => store.clear());
    },
  };
}
