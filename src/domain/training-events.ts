/**
 * What a training run reports, in plain arrays: the events runTraining emits,
 * the evaluations, weights and epoch summaries inside them, and the backend that
 * ran them. src/train produces these, the worker protocol carries them, the
 * lessons read them. Pure TypeScript: no TensorFlow.js, no React.
 */
import type { BackendName, InputScaling, TrainConfig } from './training-config';

/**
 * The model's view of the test set after an epoch, for the Mistakes lesson.
 * Row-major arrays; arrays travel as transferred ArrayBuffers.
 */
export interface Evaluation {
  /** Finished epochs when this evaluation was made. */
  epoch: number;
  /** Number of test examples evaluated (the first `testCount` of the test set). */
  testCount: number;
  classCount: number;
  /** testCount × classCount logits. */
  logits: Float32Array;
  /** testCount predicted class ids (argmax of the logits). */
  predictions: Uint8Array;
  /** Fraction of predictions equal to the labels, 0..1. */
  accuracy: number;
  /** Mean cross-entropy −log softmax(o)_y over the test examples, in nats. */
  loss: number;
  /** For softmax regression, W as 784 × classCount (row-major); null for the MLP. */
  weights: Float32Array | null;
  /**
   * The held-out validation images (TrainConfig.validationSize), scored like the
   * test set: count × classCount logits and their labels. Null or absent when none were held out.
   */
  validation?: { count: number; logits: Float32Array; labels: Uint8Array } | null;
  /**
   * The run that made it, with its settings: set by the page (the worker's events
   * carry the run id beside it), so a lesson can say which run it shows.
   */
  run?: { id: number; config: TrainConfig };
  /** Set instead of `run` for weights the student loaded from a NumPy file, evaluated on the page. */
  uploaded?: { fileName: string };
}

/** New per-step points since the last progress message (x in epochs, fractional). */
export interface StepPoints {
  x: Float32Array;
  /** Data loss (mean cross-entropy over the minibatch). */
  loss: Float32Array;
  /** The weight-decay term (λ/2)‖W‖²; zeros when λ = 0. */
  l2: Float32Array;
}

export interface EpochSummary {
  /** 1-based number of the finished epoch. */
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  /** Mean cross-entropy on the test set after the epoch. */
  testLoss: number;
  /** Mean weight-decay term over the epoch's steps. */
  l2: number;
  /** Training time of this epoch (steps and read-backs, not the evaluation). */
  seconds: number;
  /** tf.memory() after the epoch's clean-up, to show that nothing leaks. */
  numTensors: number;
  numBytes: number;
}

/** The untrained model on the test set, evaluated before the first step: epoch 0 on the charts. */
export interface EpochZero {
  testLoss: number;
  testAccuracy: number;
}

/** A softmax-regression model's parameters, as the worker sends them (transferred). */
export interface ModelWeights {
  /** Finished epochs when these were read (mid-epoch on pause: the epochs finished so far). */
  epoch: number;
  /** 784 × 10, row-major: W[p * 10 + c]. */
  W: Float32Array;
  /** 10 biases. */
  b: Float32Array;
  /**
   * How training turned a pixel byte into the model's input, x_p = (byte − offset_p) · scale_p
   * (784 each), so the page can feed the model a new picture exactly as it was trained.
   * Absent for weights that did not come from a run here.
   */
  input?: { scaling: InputScaling; offset: Float32Array; scale: Float32Array };
}

/** What runTraining reports; the worker forwards each with its run id. */
export type TrainingEvent =
  | { type: 'started'; stepsPerEpoch: number; trainCount: number; testCount: number; epochs: number }
  | ({ type: 'epochZero' } & EpochZero)
  | { type: 'firstStep'; ms: number }
  | {
      type: 'progress';
      epoch: number;
      step: number;
      examplesDone: number;
      elapsedMs: number;
      /** Whether steps since the last progress rested because the page had input. */
      yielding: boolean;
      points: StepPoints;
    }
  | { type: 'epoch'; summary: EpochSummary; evaluation: Evaluation }
  /**
   * Softmax regression's trained parameters (W 784 × 10 row-major, b 10), after each
   * epoch and on pause: for the lessons that use the model itself (calibration,
   * drawing), the saved run and the NumPy download. Not sent for the MLP.
   */
  | ({ type: 'weights' } & ModelWeights)
  | { type: 'paused'; evaluation: Evaluation | null }
  | { type: 'resumed' }
  | { type: 'diverged'; epoch: number; step: number; loss: number; reason: 'notFinite' | 'exploding' }
  | { type: 'done' }
  | { type: 'stopped' };

/** The backend a run got: the one asked for, or the first along BACKENDS that could start. */
export interface BackendInfo {
  /** The backend in use. */
  active: BackendName;
  requested: BackendName;
  /** The WebGL renderer string (WEBGL_debug_renderer_info) when the backend is webgl. */
  renderer: string | null;
  /** True when that renderer is a software rasterizer (SwiftShader, llvmpipe). */
  software: boolean;
  /** Backends tried before the active one, and why each failed. */
  failures: { backend: BackendName; reason: string }[];
}
