import { useSyncExternalStore } from 'react';
import { VERDICTS, type Verdict } from './exercise-verdict';

/**
 * Each exercise the student has answered, kept in the browser (localStorage) so
 * a class can come back to it: what they committed, the verdict and the answer
 * as it stood at reveal. One small store for the whole page; every card and the
 * progress list read it through useExerciseProgress.
 */
export interface ExerciseRecord {
  /** What the student committed, as typed or the choice's value; null if they revealed without one. */
  answer: string | null;
  verdict: Verdict | null;
  /** The computed answer at reveal, as the verdict line quoted it (a choice's value for choice questions). */
  truth: string;
}

export type ExerciseProgress = Readonly<Record<string, ExerciseRecord>>;

export const PROGRESS_KEY = 'softmax-lab.exercises';
const MAX_TEXT = 200;

const EMPTY: ExerciseProgress = Object.freeze({});

const isRecord = (value: unknown): value is ExerciseRecord => {
  if (typeof value !== 'object' || value === null) return false;
  const { answer, verdict, truth } = value as Record<string, unknown>;
  return (
    (answer === null || (typeof answer === 'string' && answer.length <= MAX_TEXT)) &&
    (verdict === null || VERDICTS.includes(verdict as Verdict)) &&
    typeof truth === 'string' &&
    truth.length <= MAX_TEXT
  );
};

/** Reads stored progress; anything malformed (another version, a hand edit) is dropped entry by entry. */
export function parseProgress(text: string | null): ExerciseProgress {
  if (!text) return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return EMPTY;
  const records: Record<string, ExerciseRecord> = {};
  for (const [id, record] of Object.entries(parsed)) {
    if (/^[a-z0-9.-]{1,40}$/.test(id) && isRecord(record)) records[id] = { answer: record.answer, verdict: record.verdict, truth: record.truth };
  }
  return records;
}

/** How many of these exercises are answered, and how many of those right. */
export function summarizeProgress(progress: ExerciseProgress, ids: readonly string[]): { answered: number; right: number } {
  let answered = 0;
  let right = 0;
  for (const id of ids) {
    const record = progress[id];
    if (!record) continue;
    answered++;
    if (record.verdict === 'right') right++;
  }
  return { answered, right };
}

let cache: ExerciseProgress | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Blocked storage: progress lasts as long as the page.
  }
}

export function readProgress(): ExerciseProgress {
  if (cache === null) {
    try {
      cache = parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null);
    } catch {
      cache = EMPTY;
    }
  }
  return cache;
}

function write(next: ExerciseProgress): void {
  cache = next;
  try {
    if (Object.keys(next).length === 0) storage()?.removeItem(PROGRESS_KEY);
    else storage()?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // Not remembering is acceptable; the page still shows it.
  }
  listeners.forEach((listener) => listener());
}

export function recordExercise(id: string, record: ExerciseRecord): void {
  write({ ...readProgress(), [id]: record });
}

export function forgetExercise(id: string): void {
  const rest = { ...readProgress() };
  delete rest[id];
  write(rest);
}

export function forgetAllExercises(): void {
  write({});
}

/** Another tab of the same lab answered or cleared something: one listener for every subscriber. */
function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_KEY && event.key !== null) return;
  cache = null;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Every stored record, kept current. */
export function useExerciseProgress(): ExerciseProgress {
  return useSyncExternalStore(subscribe, readProgress, () => EMPTY);
}
