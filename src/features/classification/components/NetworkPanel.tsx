import {useId, useMemo, type Dispatch} from 'react';
import { Formula } from '@/ui/Formula';
import { useMessages } from '@/ui/i18n';
import { Slider } from '@/ui/Slider';
import { networkLogits, type NetworkParams, type PlaygroundAction } from '@/state/playground';
import { ScrollRegion } from '@/ui/ScrollRegion';
import { networkTex } from '../formula-tex';
import { networkMessages } from '../network-strings';
import { NEGATIVE_WEIGHT_COLOR, POSITIVE_WEIGHT_COLOR } from '../network-view';
import { NetworkDiagram } from './NetworkDiagram';
import { NetworkSnippet } from './NetworkSnippet';
import '../network.css';

interface NetworkPanelProps {
  network: NetworkParams;
  fromNetwork: boolean;
  /** The three outputs' class names. */
  names: string[];
  dispatch: Dispatch<PlaygroundAction>;
}

const two = (x: number) => x.toFixed(2);

/** Softmax regression's single layer, o = Wx + b, with every pixel, weight and bias draggable. */
export function NetworkPanel({ network, fromNetwork, names, dispatch }: NetworkPanelProps) {
  const lesson = useMessages(networkMessages);
  const switchId = useId();
  const outputs = useMemo(() => networkLogits(network), [network]);
  const pixelNames = network.pixels.map((_, j) => `x${j + 1}`).join(', ');

  return (
    <div className="panel network-panel">
      <h3>{lesson.networkHeading}</h3>
      <p className="lesson-text">{lesson.networkWhy}</p>
      <p className="lesson-text notation-note">{lesson.sameLogits}</p>
      <span className="checkbox-field">
        <input
          id={switchId}
          type="checkbox"
          checked={fromNetwork}
          onChange={(event) => dispatch({ type: 'setSource', source: event.target.checked ? 'network' : 'manual' })}
        />
        <label htmlFor={switchId}>{lesson.useNetwork}</label>
      </span>
      <p className="muted small-print">{lesson.useNetworkHint}</p>
      <div className="network-layout">
        <figure className="network-figure">
          <NetworkDiagram
            pixels={network.pixels}
            weights={network.weights}
            outputs={outputs}
            names={names}
            label={lesson.diagramLabel(pixelNames, names.join(', '))}
          />
          <figcaption>
            <ul className="weight-legend" aria-label={lesson.legendLabel}>
              <li>
                <span className="legend-line" style={{ background: POSITIVE_WEIGHT_COLOR }} aria-hidden="true" />
                {lesson.legendPositive}
              </li>
              <li>
                <span className="legend-line" style={{ background: NEGATIVE_WEIGHT_COLOR }} aria-hidden="true" />
                {lesson.legendNegative}
              </li>
              <li>{lesson.legendWidth}</li>
            </ul>
          </figcaption>
        </figure>
        <div className="network-controls">
          <h4>{lesson.pixelsHeading}</h4>
          <div className="pixel-sliders">
            {network.pixels.map((v, j) => (
              <Slider
                key={j}
                label={lesson.pixel(j + 1)}
                value={v}
                min={0}
                max={1}
                step={0.05}
                valueText={two(v)}
                onChange={(value) => dispatch({ type: 'setPixel', index: j, value })}
              />
            ))}
          </div>
        </div>
      </div>
      <h4>{lesson.weightsHeading}</h4>
      <ScrollRegion label={lesson.weightsHeading}>
        <table className="numbers weight-table">
          <thead>
            <tr>
              <th scope="col">{lesson.colOutput}</th>
              {network.pixels.map((_, j) => (
                <th key={j} scope="col">{`w·x${j + 1}`}</th>
              ))}
              <th scope="col">{lesson.colBias}</th>
            </tr>
          </thead>
          <tbody>
            {network.weights.map((row, i) => (
              <tr key={i}>
                <th scope="row">{names[i]}</th>
                {row.map((w, j) => (
                  <td key={j}>
                    <Slider
                      label={lesson.weight(j + 1, names[i] ?? '')}
                      hideLabel
                      value={w}
                      min={-3}
                      max={3}
                      step={0.1}
                      valueText={two(w)}
                      onChange={(value) => dispatch({ type: 'setWeight', row: i, col: j, value })}
                      className="compact-slider"
                    />
                  </td>
                ))}
                <td>
                  <Slider
                    label={lesson.bias(names[i] ?? '')}
                    hideLabel
                    value={network.biases[i]!}
                    min={-3}
                    max={3}
                    step={0.1}
                    valueText={two(network.biases[i]!)}
                    onChange={(value) => dispatch({ type: 'setBias', index: i, value })}
                    className="compact-slider"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Formula tex={networkTex(network.weights, network.pixels, network.biases, outputs, names)} display />
      <NetworkSnippet network={network} names={names} />
    </div>
  );
}
