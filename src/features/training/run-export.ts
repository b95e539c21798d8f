import { fixed4, formatRate } from '@/ui/format';
import type { BackendName, TrainConfig } from '@/domain/training-config';
import type { RunRecord } from './training-state';

/**
 * What a student takes away for a lab report: the epoch table of every run as CSV,
 * one run as a JSON record, and a one-line summary. Pure functions of the runs;
 * numbers are written as the epoch table shows them (4 decimals), so the file and
 * the page agree.
 */

/** The CSV's columns: the run, its settings, then one epoch's figures. */
export const CSV_COLUMNS = [
  'run',
  'name',
  'model',
  'optimizer',
  'learning_rate',
  'batch_size',
  'epochs_planned',
  'weight_decay',
  'input_scaling',
  'seed',
  'train_images',
  'test_images',
  'validation_images',
  'backend',
  'epoch',
  'train_loss',
  'train_accuracy',
  'test_loss',
  'test_accuracy',
  'seconds',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const settingsColumns = (config: TrainConfig) => [
  config.model,
  config.optimizer,
  formatRate(config.learningRate),
  config.batchSize,
  config.epochs,
  config.weightDecay,
  config.scaling,
  config.seed,
  config.trainLimit ?? '',
  config.testLimit ?? '',
  (config as { validationSize?: number }).validationSize ?? '',
];

export interface NumberedRun {
  /** 1-based, oldest first: the order the runs were made in. */
  number: number;
  run: RunRecord;
}

/** The runs oldest first, numbered: the list on the page shows them newest first. */
export function numberRuns(runsNewestFirst: readonly RunRecord[]): NumberedRun[] {
  return [...runsNewestFirst].reverse().map((run, i) => ({ number: i + 1, run }));
}

/** One row per run and finished epoch, with the run's settings as columns; CRLF line ends (RFC 4180). */
export function epochCsv(runs: readonly NumberedRun[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const { number, run } of runs) {
    for (const e of run.epochs) {
      rows.push(
        [
          number,
          run.name ?? '',
          ...settingsColumns(run.config),
          run.kept?.backend ?? '',
          e.epoch,
          fixed4(e.trainLoss),
          fixed4(e.trainAccuracy),
          fixed4(e.testLoss),
          fixed4(e.testAccuracy),
          e.seconds.toFixed(2),
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}

export interface RunContext {
  appVersion: string;
  /** The backend that ran it and its WebGL renderer, when known. */
  backend: BackendName | null;
  renderer: string | null;
  exportedAt: Date;
}

/** One run as a JSON record: settings (the seed among them), where it ran, every metric, the app's version. */
export function runRecordJson(run: RunRecord, context: RunContext): string {
  const record = {
    app: 'Softmax Lab',
    appVersion: context.appVersion,
    exportedAt: context.exportedAt.toISOString(),
    run: {
      name: run.name ?? null,
      savedAt: run.kept ? new Date(run.kept.savedAt).toISOString() : null,
      outcome: run.kept?.outcome ?? null,
      settings: run.config,
      seed: run.config.seed,
      backend: context.backend,
      renderer: context.renderer,
      epochZero: run.epochZero,
      epochs: run.epochs.map(({ epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, l2, seconds }) => ({
        epoch,
        trainLoss,
        trainAccuracy,
        testLoss,
        testAccuracy,
        l2,
        seconds,
      })),
      /** The step loss, averaged in buckets (x in epochs). */
      lossCurve: run.loss.points,
    },
  };
  return JSON.stringify(record, null, 2) + '\n';
}

/** The parts of the one-line summary, formatted as the page shows numbers; null before an epoch has finished. */
export function summaryParts(run: RunRecord): { model: TrainConfig['model']; lr: string; batch: number; epochs: number; testAccuracy: string } | null {
  const last = run.epochs[run.epochs.length - 1];
  if (!last) return null;
  return { model: run.config.model, lr: formatRate(run.config.learningRate), batch: run.config.batchSize, epochs: last.epoch, testAccuracy: fixed4(last.testAccuracy) };
}
