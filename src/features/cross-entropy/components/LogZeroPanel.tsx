import { useId, useState, type Dispatch } from 'react';
import type { PlaygroundAction } from '@/state/playground';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { logZeroNumbers, logZeroTex } from '../formulas';
import { confidentlyWrongExample, type InfoUnit } from '../cross-entropy-view';
import { ceMessages } from '../strings';

interface LogZeroPanelProps {
  logits: number[];
  trueClass: number;
  unit: InfoUnit;
  stable: boolean;
  onStableChange: (stable: boolean) => void;
  dispatch: Dispatch<PlaygroundAction>;
}

interface Saved {
  logits: number[];
  trueClass: number;
}

/** The two routes to −log ŷ_c side by side, the switch between them, and a one-click confidently wrong model. */
export function LogZeroPanel({ logits, trueClass, unit, stable, onStableChange, dispatch }: LogZeroPanelProps) {
  const m = useMessages(ceMessages);
  const switchId = useId();
  const [saved, setSaved] = useState<Saved | null>(null);
  const tex = logZeroTex(logZeroNumbers(logits, trueClass), trueClass, unit);

  const showExample = () => {
    const example = confidentlyWrongExample(logits.length);
    setSaved({ logits, trueClass });
    dispatch({ type: 'setLabelMode', labelMode: 'hard' });
    dispatch({ type: 'setLogits', logits: example.logits });
    dispatch({ type: 'setTrueClass', trueClass: example.trueClass });
  };

  const restore = () => {
    if (!saved) return;
    // The class count may have changed since; the saved logits then no longer fit.
    if (saved.logits.length === logits.length) {
      dispatch({ type: 'setLogits', logits: saved.logits });
      dispatch({ type: 'setTrueClass', trueClass: saved.trueClass });
    }
    setSaved(null);
  };

  return (
    <>
      <h3>{m.logZeroHeading}</h3>
      <p className="lesson-lead">{m.logZeroHint}</p>
      <div className="panel ce-stack">
        <div className="row">
          <span className="ce-switch">
            <input id={switchId} type="checkbox" checked={stable} onChange={(e) => onStableChange(e.target.checked)} />
            <label htmlFor={switchId}>{m.stableSwitch}</label>
          </span>
          <button type="button" className="button-secondary" onClick={showExample}>
            {m.exampleButton}
          </button>
          {saved && saved.logits.length === logits.length && (
            <button type="button" className="button-quiet" onClick={restore}>
              {m.restoreButton}
            </button>
          )}
        </div>
        <p className="muted ce-small">{m.stableSwitchHint}</p>
        <div className="grid-2">
          <div className={['ce-route', stable ? '' : 'ce-route-active'].join(' ').trim()}>
            <h4 className="ce-subtitle">{m.naiveRoute}</h4>
            <Formula tex={tex.naive} display />
          </div>
          <div className={['ce-route', stable ? 'ce-route-active' : ''].join(' ').trim()}>
            <h4 className="ce-subtitle">{m.stableRoute}</h4>
            <Formula tex={tex.stable} display />
          </div>
        </div>
      </div>
    </>
  );
}
