/**
 * The typed messages between the page and the training worker: a discriminated
 * union on `type`, in both directions, wrapped around the domain's types (the
 * training configuration in src/domain/training-config.ts, what a run reports in
 * src/domain/training-events.ts). UI code may import these types; only the worker
 * imports src/train.
 */
import type { DataSlice, DatasetShape } from '@/data/slices';
import type { BackendName, TrainConfig } from '@/domain/training-config';
import type { BackendInfo, TrainingEvent } from '@/domain/training-events';

/** Page → worker. */
export type WorkerCommand =
  | { type: 'init'; backend: BackendName }
  /** The dataset follows as slices (src/data/slices.ts); the worker has it once every byte is in. */
  | { type: 'dataShape'; shape: DatasetShape }
  | { type: 'dataSlice'; slice: DataSlice }
  | { type: 'train'; runId: number; config: TrainConfig }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  /** The student is dragging, typing or scrolling: the run gives the page room (see RunControl). */
  | { type: 'interacting' };

/** Worker → page. */
export type WorkerEvent =
  | { type: 'backend'; info: BackendInfo }
  | { type: 'run'; runId: number; event: TrainingEvent }
  | { type: 'error'; runId: number | null; message: string; contextLost: boolean };
