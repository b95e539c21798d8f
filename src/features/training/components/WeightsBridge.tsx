import { useId } from 'react';
import { encodeWeightsNpz, PYTHON_LOAD_LINES } from '@/data/weights-file';
import { downloadBlob, exportFileName } from '@/browser/download';
import { fixed4, groupThousands } from '@/ui/format';
import { useMessages } from '@/ui/i18n';
import type { ModelWeights } from '@/domain/training-events';
import type { UploadedModel } from '../hooks/use-uploaded-model';
import { keepMessages } from '../keep-strings';
import { trainMessages } from '../strings';
import type { RunRecord } from '../training-state';
import { uploadErrorText } from '../upload-error';
import { useRunLabel } from './EarlierRuns';

interface WeightsBridgeProps {
  /** The run whose softmax weights download; null before there is one. */
  source: (RunRecord & { weights: ModelWeights }) | null;
  uploaded: UploadedModel;
}

/** The Python lines name the file plainly; a downloaded file's name also carries its date and time. */
const SAMPLE_FILE = 'softmax-lab-weights.npz';

/** Softmax regression's W and b to NumPy and back: download an .npz, or load one and evaluate it here. */
export function WeightsBridge({ source, uploaded }: WeightsBridgeProps) {
  const m = useMessages(keepMessages);
  const t = useMessages(trainMessages);
  const labelOf = useRunLabel();
  const inputId = useId();
  const hintId = useId();
  const { upload, rejection } = uploaded;

  const download = () => {
    if (!source) return;
    const name = exportFileName('weights', 'npz', new Date());
    downloadBlob(new Blob([encodeWeightsNpz(source.weights)], { type: 'application/octet-stream' }), name);
  };

  return (
    <section className="panel train-bridge" aria-label={m.bridgeTitle}>
      <h3>{m.bridgeTitle}</h3>
      <p className="muted">{m.bridgeLead}</p>
      <div className="row">
        <button type="button" className="button-secondary" onClick={download} disabled={!source}>
          {m.downloadWeights}
        </button>
        <span className="muted">{source ? m.weightsOf(labelOf(source), source.weights.epoch) : m.noWeights}</span>
      </div>
      {source && source.config.scaling !== 'unit' && (
        <p className="notice">{m.scalingNote(t.scalingName(source.config.scaling))}</p>
      )}
      <p className="muted">{m.pythonLead}</p>
      <pre className="train-python" translate="no">
        <code>{PYTHON_LOAD_LINES(SAMPLE_FILE).join('\n')}</code>
      </pre>

      <div className="train-field">
        <label htmlFor={inputId}>{m.loadWeights}</label>
        <input
          id={inputId}
          type="file"
          accept=".npz,.npy"
          multiple
          aria-describedby={hintId}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) uploaded.load(files);
            // The same file chosen again (after fixing it) must fire a change too.
            event.target.value = '';
          }}
        />
      </div>
      <p id={hintId} className="muted">
        {m.loadHint}
      </p>
      {rejection && (
        <p role="alert" className="notice notice-error" data-testid="upload-error">
          {uploadErrorText(m, rejection.file, rejection.problem)} {m.rejected}
        </p>
      )}
      {upload.status === 'evaluating' && (
        <p role="status" className="muted">
          {upload.percent === null ? m.waitingForData(upload.fileName) : m.evaluating(upload.fileName, upload.percent)}
        </p>
      )}
      {upload.status === 'ready' && (
        <div role="status">
          <p>
            {m.uploadedAccuracy(upload.fileName, groupThousands(upload.testCount))}{' '}
            <strong className="num" data-testid="uploaded-test-acc">
              {fixed4(upload.accuracy)}
            </strong>
          </p>
          <p className="muted">{m.uploadedShown}</p>
        </div>
      )}
    </section>
  );
}
