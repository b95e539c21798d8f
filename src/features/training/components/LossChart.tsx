import {useMemo} from 'react';
import { fixed4, formatNumber } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import { CLASS_COLORS } from '@/ui/palette';
import { lossDomainMax, lossLines, lossTicks, runLabelParts, testPoints } from '../chart-data';
import { trainMessages } from '../strings';
import { TrainChartFrame, type ChartSeries, type ValueAxis } from './TrainChartFrame';
import type { RunRecord } from '../training-state';

interface LossChartProps {
  current: RunRecord | null;
  earlier: RunRecord[];
  hiddenRuns: ReadonlySet<number>;
  earlierOpacity: number;
}

/** Colours for earlier runs, from the shared palette (skipping the dark first entry, close to the accent). */
export const runColor = (index: number) => CLASS_COLORS[(index + 1) % CLASS_COLORS.length]!;

/**
 * The step loss of the current run (smoothed), its L2 term when weight decay is
 * on, the per-epoch training loss, the test loss from epoch 0 (before the first
 * step) on, and earlier runs as faded overlays.
 */
export function LossChart({ current, earlier, hiddenRuns, earlierOpacity }: LossChartProps) {
  const m = useMessages(trainMessages);
  const lines = useMemo(() => (current ? lossLines(current) : null), [current]);
  const testLoss = useMemo(() => (current ? testPoints(current.epochZero, current.epochs, 'testLoss') : []), [current]);
  const overlays = useMemo(
    () => earlier.map((run, i) => ({ run, color: runColor(i), points: lossLines(run).loss })).filter(({ run }) => !hiddenRuns.has(run.id)),
    [earlier, hiddenRuns],
  );
  const yMax = lossDomainMax([
    ...(lines?.loss.map((p) => p.y) ?? []),
    ...(lines?.l2?.map((p) => p.y) ?? []),
    ...overlays.flatMap((o) => o.points.map((p) => p.y)),
    ...testLoss.map((p) => p.y),
  ]);
  const valueAxis = useMemo<ValueAxis>(() => ({ max: yMax, ticks: lossTicks(yMax), width: 32 }), [yMax]);
  const xMax = Math.max(1, current?.config.epochs ?? 1, ...overlays.map((o) => o.run.config.epochs));

  const series: ChartSeries[] = overlays.map(({ run, color, points }) => {
    const label = runLabelParts(run.config);
    // The student's name for a saved run, else its settings.
    const name = run.name ?? m.runLabel(label.lr, label.batch, m.optimizerName(label.optimizer), label.lambda);
    return { key: `run-${run.id}`, name, points, color, opacity: earlierOpacity, strokeWidth: 1.5 };
  });
  if (lines) {
    series.push({ key: 'loss', name: m.dataLoss, points: lines.loss, color: 'var(--accent)', strokeWidth: 2.5 });
    if (lines.l2) series.push({ key: 'l2', name: m.l2Term, points: lines.l2, color: 'var(--highlight)', dash: '6 3' });
  }
  if (current && current.epochs.length > 0) {
    const points = current.epochs.map((e) => ({ x: e.epoch, y: e.trainLoss }));
    series.push({ key: 'epoch-loss', name: m.epochTrainLoss, points, color: 'var(--negative)', dotRadius: 4, line: false });
  }
  if (testLoss.length > 0) {
    series.push({ key: 'test-loss', name: m.epochTestLoss, points: testLoss, color: 'var(--positive)', dotRadius: 3, strokeWidth: 1.5 });
  }

  const first = lines?.loss[0];
  const last = lines?.loss[lines.loss.length - 1];
  const summary =
    first && last
      ? m.lossSummary(fixed4(first.y), fixed4(last.y), formatNumber(last.x, 2))
      : current?.epochZero
        ? m.epochZeroLossSummary(fixed4(current.epochZero.testLoss))
        : m.noData;
  return (
    <TrainChartFrame
      testId="loss-chart"
      caption={m.lossChart}
      summary={summary}
      points={lines?.loss.length ?? 0}
      epochs={xMax}
      epochAxisLabel={m.epochAxis}
      valueAxis={valueAxis}
      series={series}
    />
  );
}
