import { natsToBits } from '@/math/cross-entropy';
import { fixed4, formatNumber } from '@/ui/format';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { informationTex, lossFormulaTex, type LossFormulaInput } from '../formulas';
import { ceMessages } from '../strings';

/** The loss: its formula with the numbers substituted, the value, and the information-theory reading. */
export function LossPanel(props: Omit<LossFormulaInput, 'unitLabel'>) {
  const m = useMessages(ceMessages);
  const { view, unit, mode } = props;
  const info = informationTex(view, unit, mode);
  const unitName = m[unit];
  return (
    <div className="panel ce-stack">
      <h3 className="ce-panel-title">{m.lossHeading}</h3>
      <Formula tex={lossFormulaTex({ ...props, unitLabel: unitName })} display testId="ce-formula" />
      <p className="ce-loss-readout">
        <span>{m.loss}</span>{' '}
        {/* The contract's hook stays in nats whatever unit is picked; bits sit beside it. */}
        <strong className="num" data-testid="ce-loss">
          {fixed4(view.loss)}
        </strong>{' '}
        <span>{m.lossInNats}</span>{' '}
        <span className="num muted" data-testid="ce-loss-bits">
          {m.lossInBits(formatNumber(natsToBits(view.loss)))}
        </span>
      </p>
      <h4 className="ce-subtitle">{m.infoHeading}</h4>
      <p className="muted ce-small">{mode === 'hard' ? m.hardInfoHint : m.infoHint}</p>
      <dl className="ce-info">
        <dt>{m.entropyLabel}</dt>
        <dd>
          <Formula tex={info.entropy} />
          <span className="ce-unit">{unitName}</span>
        </dd>
        <dt>{m.crossEntropyLabel}</dt>
        <dd>
          <Formula tex={info.crossEntropy} />
          <span className="ce-unit">{unitName}</span>
        </dd>
        <dt>{m.klLabel}</dt>
        <dd>
          <Formula tex={info.kl} />
          <span className="ce-unit">{unitName}</span>
        </dd>
      </dl>
    </div>
  );
}
