import { UNIFORM_LOSS_10 } from '@/math/training-metrics';
import { fixed4 } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { EpochZero } from '@/domain/training-events';
import { trainMessages } from '../strings';

/**
 * Epoch 0: the untrained model's test loss and accuracy, as the lecture
 * evaluates before training. A line of its own above the epoch table, whose
 * rows are finished epochs only.
 */
export function EpochZeroLine({ epochZero }: { epochZero: EpochZero | null }) {
  const m = useMessages(trainMessages);
  if (!epochZero) return null;
  return (
    <section className="panel train-epoch-zero" aria-label={m.epochZeroTitle} data-testid="epoch-zero">
      <dl className="train-facts">
        <div>
          <dt>{m.epoch}</dt>
          <dd className="num">0</dd>
        </div>
        <div>
          <dt>{m.testLossLabel}</dt>
          <dd className="num" data-testid="initial-test-loss">
            {fixed4(epochZero.testLoss)}
          </dd>
        </div>
        <div>
          <dt>{m.testAccColumn}</dt>
          <dd className="num" data-testid="initial-test-acc">
            {fixed4(epochZero.testAccuracy)}
          </dd>
        </div>
      </dl>
      <p>
        <strong>{m.epochZeroTitle}.</strong> {m.epochZeroLead(fixed4(UNIFORM_LOSS_10))}
      </p>
    </section>
  );
}
