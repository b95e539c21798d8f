import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { EpochSummary } from '@/domain/training-events';
import { trainMessages } from '../strings';

/** One row per finished epoch; also the text alternative for the accuracy chart. */
// Memoized: the section re-renders on every progress message, this part only when its props change.
export function EpochTable({ epochs }: { epochs: EpochSummary[] }) {
  const m = useMessages(trainMessages);
  if (epochs.length === 0) return null;
  return (
    <div className="train-table-wrap">
      <table className="numbers" data-testid="epoch-table">
        <caption>{m.epochTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.epoch}</th>
            <th scope="col">{m.trainLossColumn}</th>
            <th scope="col">{m.trainAccColumn}</th>
            <th scope="col">{m.testAccColumn}</th>
            <th scope="col">{m.secondsColumn}</th>
            <th scope="col">{m.tensorsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {epochs.map((e) => (
            <tr key={e.epoch} data-testid="epoch-row" data-seconds={e.seconds} data-tensors={e.numTensors}>
              <th scope="row">{e.epoch}</th>
              <td data-testid="epoch-train-loss">{fixed4(e.trainLoss)}</td>
              <td data-testid="epoch-train-acc">{fixed4(e.trainAccuracy)}</td>
              <td data-testid="epoch-test-acc">{fixed4(e.testAccuracy)}</td>
              <td>{e.seconds.toFixed(2)}</td>
              <td>{e.numTensors}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
