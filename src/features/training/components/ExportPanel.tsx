import { useState } from 'react';
import { downloadBlob, downloadText, exportFileName } from '@/browser/download';
import { useMessages } from '@/ui/i18n';
import { chartFigureSvg, svgToPng } from '@/ui/svg-export';
import type { BackendInfo } from '@/domain/training-events';
import { keepMessages } from '../keep-strings';
import { epochCsv, numberRuns, runRecordJson, summaryParts } from '../run-export';
import type { RunRecord } from '../training-state';
import { useRunLabel } from './EarlierRuns';

interface ExportPanelProps {
  /** Every run on the page, newest first (the current one first). */
  runs: RunRecord[];
  /** The run the JSON record and the summary describe: the latest with a finished epoch. */
  subject: RunRecord | null;
  /** The backend now, for a run that has not been kept yet (a kept run remembers its own). */
  backend: BackendInfo | null;
}

const CHARTS = [
  { testId: 'loss-chart', what: 'loss-chart', png: 'lossChartPng', svg: 'lossChartSvg' },
  { testId: 'accuracy-chart', what: 'accuracy-chart', png: 'accuracyChartPng', svg: 'accuracyChartSvg' },
] as const;

/** CSV of every run's epochs, a JSON record of one run, the charts as pictures, a line to paste. */
export function ExportPanel({ runs, subject, backend }: ExportPanelProps) {
  const m = useMessages(keepMessages);
  const labelOf = useRunLabel();
  const [note, setNote] = useState<string | null>(null);
  const withEpochs = runs.filter((run) => run.epochs.length > 0);
  const parts = subject ? summaryParts(subject) : null;
  const summary = parts ? m.summary(parts.model, parts.lr, parts.batch, parts.epochs, parts.testAccuracy) : null;

  const exportCsv = () => downloadText(epochCsv(numberRuns(withEpochs)), exportFileName('epochs', 'csv', new Date()), 'text/csv');
  const exportJson = () => {
    if (!subject) return;
    const now = new Date();
    const text = runRecordJson(subject, {
      appVersion: __APP_VERSION__,
      backend: subject.kept?.backend ?? backend?.active ?? null,
      renderer: subject.kept ? subject.kept.renderer : (backend?.renderer ?? null),
      exportedAt: now,
    });
    downloadText(text, exportFileName('run', 'json', now), 'application/json');
  };
  const exportChart = async (button: HTMLElement, testId: string, what: string, format: 'png' | 'svg') => {
    const figure = button.closest('[data-testid="section-train"]')?.querySelector(`[data-testid="${testId}"]`);
    const picture = figure ? chartFigureSvg(figure) : null;
    if (!picture) {
      setNote(m.pictureFailed);
      return;
    }
    const name = exportFileName(what, format, new Date());
    try {
      if (format === 'svg') downloadText(picture.svg, name, 'image/svg+xml');
      else downloadBlob(await svgToPng(picture), name);
    } catch (error) {
      console.error(error);
      setNote(m.pictureFailed);
    }
  };
  const copySummary = async () => {
    if (!summary) return;
    try {
      await navigator.clipboard.writeText(summary);
      setNote(m.copied);
    } catch {
      setNote(m.copyFailed);
    }
  };

  return (
    <section className="panel train-keep" aria-label={m.exportTitle}>
      <h3>{m.exportTitle}</h3>
      <p className="muted">{m.exportLead}</p>
      {withEpochs.length === 0 && <p className="muted">{m.nothingYet}</p>}
      <div className="row">
        <button type="button" className="button-secondary" onClick={exportCsv} disabled={withEpochs.length === 0}>
          {m.exportCsv}
        </button>
        <button type="button" className="button-secondary" onClick={exportJson} disabled={!subject}>
          {m.exportJson}
        </button>
      </div>
      <div className="row train-keep-pictures" role="group" aria-label={m.chartPictures}>
        <span className="muted">{m.chartPictures}:</span>
        {CHARTS.map((chart) =>
          (['png', 'svg'] as const).map((format) => (
            <button key={`${chart.testId}-${format}`} type="button" className="button-quiet" onClick={(event) => void exportChart(event.currentTarget, chart.testId, chart.what, format)}>
              {m[chart[format]]}
            </button>
          )),
        )}
      </div>
      {subject && summary && (
        <>
          <p className="muted">{m.recordOf(labelOf(subject))}</p>
          <div className="row train-summary">
            <span className="muted">{m.summaryLabel}:</span>
            <output data-testid="run-summary" className="train-summary-text">
              {summary}
            </output>
            <button type="button" className="button-quiet" onClick={() => void copySummary()}>
              {m.copySummary}
            </button>
          </div>
        </>
      )}
      <p className="muted" role="status" aria-live="polite">
        {note}
      </p>
    </section>
  );
}
