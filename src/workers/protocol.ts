/**
 * The typed messages between the page and the training worker: a discriminated
 * union on `type`, in both directions. UI code may import these types; only the
 * worker imports src/train.
 */
export type ModelKind = 'softmax' | 'mlp';
export type OptimizerKind = 'sgd' | 'momentum' | 'adam';
export type InputScaling = 'raw' | 'unit' | 'standardize';
export type BackendName = 'webgl' | 'wasm' | 'cpu';

export interface TrainConfig {
  model: ModelKind;
  optimizer: OptimizerKind;
  learningRate: number;
  batchSize: number;
  epochs: number;
  weightDecay: number;
  scaling: InputScaling;
  seed: number;
  /** Use the first n training / test examples (the whole set when undefined). */
  trainLimit?: number;
  testLimit?: number;
}

export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  model: 'softmax',
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 256,
  epochs: 10,
  weightDecay: 0,
  scaling: 'unit',
  seed: 42,
};

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
  /** For softmax regression, W as 784 × classCount (row-major); null for the MLP. */
  weights: Float32Array | null;
}
