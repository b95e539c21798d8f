/// <reference lib="webworker" />
import { DatasetAssembler } from '@/data/slices';
import { loseWebglContext, selectBackend } from '@/train/backend';
import { RunControl } from '@/train/control';
import { runTraining } from '@/train/run-training';
import { onePassSgdError } from '@/train/one-pass-sgd';
import { packedUploadChecks } from '@/train/packed-upload';
import { softmaxGradError } from '@/train/softmax-grad';
import { warmUp } from '@/train/warm-up';
import type { FashionMnist } from '@/data/types';
import type { BackendInfo, TrainingEvent } from '@/domain/training-events';
import type { WorkerCommand, WorkerEvent } from './protocol';

/**
 * The training worker: only a dispatcher. It keeps the dataset (sent once, in slices),
 * the active backend and the current run's control; src/train does the work.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let data: FashionMnist | null = null;
let incoming: DatasetAssembler | null = null;
let backend: Promise<BackendInfo> | null = null;
let control: RunControl | null = null;
let running: Promise<unknown> = Promise.resolve();

const post = (message: WorkerEvent, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function transfersOf(event: TrainingEvent): Transferable[] {
  switch (event.type) {
    case 'progress':
      return [event.points.x.buffer, event.points.loss.buffer, event.points.l2.buffer];
    case 'epoch':
    case 'paused': {
      const e = event.evaluation;
      if (!e) return [];
      return [
        e.logits.buffer,
        e.predictions.buffer,
        ...(e.weights ? [e.weights.buffer] : []),
        ...(e.validation ? [e.validation.logits.buffer, e.validation.labels.buffer] : []),
      ];
    }
    case 'weights':
      return [event.W.buffer, event.b.buffer, ...(event.input ? [event.input.offset.buffer, event.input.scale.buffer] : [])];
    default:
      return [];
  }
}

function lostContext() {
  control?.fail(new Error('The WebGL context was lost'));
  post({ type: 'error', runId: null, message: 'The WebGL context was lost', contextLost: true });
}

const COMMANDS: { [K in WorkerCommand['type']]: (command: Extract<WorkerCommand, { type: K }>) => void } = {
  init({ backend: requested }) {
    backend = selectBackend(requested, lostContext).then(async (info) => {
      await warmUp('softmax', 256);
      post({ type: 'backend', info });
      return info;
    });
    backend.catch((error: unknown) => post({ type: 'error', runId: null, message: String(error), contextLost: false }));
  },
  dataShape({ shape }) {
    data = null;
    incoming = new DatasetAssembler(shape);
  },
  dataSlice({ slice }) {
    if (!incoming) return;
    incoming.add(slice);
    if (!incoming.complete) return;
    data = incoming.result();
    incoming = null;
  },
  train({ runId, config }) {
    control?.stop();
    const runControl = new RunControl();
    control = runControl;
    running = running.then(async () => {
      try {
        if (!backend) throw new Error('the backend was not initialised');
        await backend;
        if (!data) throw new Error('no dataset was sent to the worker');
        if (runControl.shouldStop) return;
        await runTraining(config, data, (event) => post({ type: 'run', runId, event }, transfersOf(event)), runControl);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        post({ type: 'error', runId, message, contextLost: /context was lost|CONTEXT_LOST/i.test(message) });
      }
    });
  },
  pause: () => control?.pause(),
  resume: () => control?.resume(),
  stop: () => control?.stop(),
  interacting: () => control?.noteInteraction(),
};

// The end-to-end tests reach these through Playwright's worker handle: to simulate a GPU
// reset, and to compare the step's WebGL shaders and uploads with TensorFlow.js's own.
Object.assign(scope, { loseWebglContext, softmaxGradError, onePassSgdError, packedUploadChecks });

scope.onmessage = (message: MessageEvent<WorkerCommand>) => {
  const command = message.data;
  (COMMANDS[command.type] as (c: WorkerCommand) => void)(command);
};
