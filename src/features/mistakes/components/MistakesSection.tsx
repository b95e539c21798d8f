import { useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetHandle, ImageSet } from '@/data/types';
import { filterMistakes, sortMistakes, type MistakeFilter, type MistakeOrder } from '@/math/metrics';
import { Formula } from '@/ui/Formula';
import { useLang, useMessages } from '@/ui/i18n';
import { MISTAKES_CATCH_UP_DEADLINE_MS } from '@/browser/deadlines';
import { SectionShell } from '@/ui/SectionShell';
import type { Evaluation } from '@/domain/training-events';
import { useMistakeAnalysis } from '../hooks/use-mistake-analysis';
import { mistakesKeepMessages } from '../keep-strings';
import { fashionClassName } from '../lib/class-names';
import { confusionMatrixSvg, weightTemplatesSvg } from '../lib/export-svg';
import { clampPage } from '../lib/paging';
import { runLabelParts } from '../lib/run-label';
import { mistakesMessages } from '../strings';
import { ConfusionMatrix } from './ConfusionMatrix';
import { GalleryControls } from './GalleryControls';
import { MistakeDetail } from './MistakeDetail';
import { MistakeGallery } from './MistakeGallery';
import { PictureButtons } from './PictureButtons';
import { MistakesChapterExercises, MistakesThinkFirst } from './MistakesExercises';
import { PredictSnippet } from './PredictSnippet';
import { WeightTemplates } from './WeightTemplates';
import '../mistakes.css';

interface MistakesSectionProps {
  /** The latest evaluation of the test set, after an epoch or when training stops; null before training. */
  evaluation: Evaluation | null;
  /** The test images and labels come from the page's dataset, not from the worker. */
  dataset: DatasetHandle;
  /** Shows these logits (and true class) in the softmax playground. */
  onOpenInPlayground: (logits: number[], trueClass: number) => void;
}

const NO_FILTER: MistakeFilter = { trueClass: null, predClass: null };
const LOGIT_TEX = 'o_c = \\sum_{p=1}^{784} x_p\\, w_{pc} + b_c';

export function MistakesSection({ evaluation, dataset, onOpenInPlayground }: MistakesSectionProps) {
  const m = useMessages(mistakesMessages);
  const testSet = dataset.state.status === 'ready' ? dataset.state.data.test : null;
  const { load } = dataset;
  const datasetIdle = dataset.state.status === 'idle';
  // The gallery's filter, held here so the confused-pair exercise can point it at a pair.
  const [filter, setFilter] = useState<MistakeFilter>(NO_FILTER);

  // An evaluation means training ran, so the images it refers to are wanted now.
  useEffect(() => {
    if (evaluation && datasetIdle) load();
  }, [evaluation, datasetIdle, load]);

  return (
    <SectionShell id="mistakes" title={m.title} lead={m.lead} catchUpDeadlineMs={MISTAKES_CATCH_UP_DEADLINE_MS}>
      <MistakesThinkFirst
        evaluation={evaluation}
        labels={testSet?.labels ?? null}
        onShowPair={(trueClass, predClass) => setFilter({ trueClass, predClass })}
      />
      <div>
        {!evaluation ? (
          <>
            <div className="notice mistakes-empty" data-testid="mistakes-empty">
              <div>
                <p className="mistakes-empty-title">{m.emptyTitle}</p>
                <p>{m.empty}</p>
              </div>
            </div>
            <PredictSnippet predictions={null} labels={null} wrong={0} total={0} />
          </>
        ) : dataset.state.status === 'error' ? (
          <div role="alert" className="notice notice-error">
            <span>{m.dataError(dataset.state.message)}</span>
            <button type="button" className="button-secondary" onClick={dataset.retry}>
              {m.retry}
            </button>
          </div>
        ) : !testSet ? (
          <p className="notice">{m.waitingForImages}</p>
        ) : (
          <MistakesLesson
            evaluation={evaluation}
            testSet={testSet}
            onOpenInPlayground={onOpenInPlayground}
            filter={filter}
            onFilterChange={setFilter}
          />
        )}
      </div>
      <MistakesChapterExercises />
    </SectionShell>
  );
}

interface MistakesLessonProps {
  evaluation: Evaluation;
  testSet: ImageSet;
  onOpenInPlayground: (logits: number[], trueClass: number) => void;
  filter: MistakeFilter;
  onFilterChange: (filter: MistakeFilter) => void;
}

function MistakesLesson({ evaluation, testSet, onOpenInPlayground, filter, onFilterChange }: MistakesLessonProps) {
  const m = useMessages(mistakesMessages);
  const k = useMessages(mistakesKeepMessages);
  const lang = useLang();
  const result = useMistakeAnalysis(evaluation, testSet.labels);
  const [order, setOrder] = useState<MistakeOrder>('confidence');
  const [page, setPage] = useState(0);
  // A filter set from outside (the confused-pair exercise) starts the gallery on its first page too.
  const [pagedFilter, setPagedFilter] = useState(filter);
  if (pagedFilter !== filter) {
    setPagedFilter(filter);
    setPage(0);
  }
  const [selectedIndex, setSelectedIndex] = useState<number | null>(null);
  const galleryHeading = useRef<HTMLHeadingElement>(null);

  const allMistakes = result?.ok ? result.analysis.mistakes : null;
  const listed = useMemo(
    () => (allMistakes ? sortMistakes(filterMistakes(allMistakes, filter), order) : []),
    [allMistakes, filter, order],
  );

  if (!result) return null;
  if (!result.ok) {
    return (
      <p role="alert" className="notice notice-error">
        {m.analysisError(result.error)}
      </p>
    );
  }
  const { analysis } = result;
  const run = runLabelParts(evaluation);
  // The list can shrink after an epoch; keep the page inside it.
  const shownPage = clampPage(page, listed.length);
  // Until the student picks one, the detail shows the first image of the list. A pick
  // from an earlier run on more test images may lie past this evaluation's end.
  const picked = selectedIndex !== null && selectedIndex < evaluation.testCount ? selectedIndex : null;
  const detailIndex = picked ?? listed[0]?.index ?? null;

  const changeFilter = (next: MistakeFilter) => {
    onFilterChange(next);
    setPage(0);
  };
  const selectCell = (trueClass: number, predClass: number) => {
    // A diagonal cell holds correct answers; its useful view is every mistake on that class.
    changeFilter({ trueClass, predClass: trueClass === predClass ? null : predClass });
    setSelectedIndex(null);
    galleryHeading.current?.scrollIntoView({ block: 'start' });
    galleryHeading.current?.focus({ preventScroll: true });
  };

  return (
    <>
      {run && (
        <p className="mistakes-run muted" data-testid="mistakes-run" data-run={run.run}>
          {m.runShown(run.run, run.model, run.learningRate, run.batchSize, run.epochs)}
        </p>
      )}
      {evaluation.uploaded && (
        <p className="mistakes-run muted" data-testid="mistakes-run" data-run="uploaded">
          {k.uploadedShown(evaluation.uploaded.fileName)}
        </p>
      )}
      <p className="mistakes-summary" aria-live="polite">
        {evaluation.uploaded
          ? k.uploadedSummary(analysis.mistakes.length, analysis.total)
          : m.summary(evaluation.epoch, analysis.mistakes.length, analysis.total)}
      </p>
      <PredictSnippet
        predictions={evaluation.predictions}
        labels={testSet.labels}
        wrong={analysis.mistakes.length}
        total={analysis.total}
      />

      <h3>{m.confusionTitle}</h3>
      <p className="muted mistakes-prose">{m.confusionLead}</p>
      <ConfusionMatrix
        analysis={analysis}
        selected={filter.trueClass === null ? null : { trueClass: filter.trueClass, predClass: filter.predClass }}
        onSelectCell={selectCell}
      />
      <PictureButtons
        what="confusion-matrix"
        pngLabel={k.matrixPng}
        svgLabel={k.matrixSvg}
        draw={(colors) =>
          confusionMatrixSvg(
            analysis.matrix,
            analysis.rates,
            analysis.matrix.map((_, c) => fashionClassName(c, lang)),
            { trueAxis: m.trueAxis, predAxis: m.predAxis },
            { title: m.confusionTitle, ...colors },
          )
        }
      />

      <h3 ref={galleryHeading} tabIndex={-1} className="mistakes-gallery-title">
        {m.galleryTitle}
      </h3>
      <GalleryControls
        classCount={evaluation.classCount}
        order={order}
        onOrderChange={(next) => {
          setOrder(next);
          setPage(0);
        }}
        filter={filter}
        onFilterChange={changeFilter}
      />
      <div className="mistakes-browse">
        <div className="mistakes-gallery">
          <MistakeGallery
            mistakes={listed}
            testSet={testSet}
            page={shownPage}
            onPageChange={setPage}
            selectedIndex={selectedIndex}
            onSelect={setSelectedIndex}
            anyMistakes={analysis.mistakes.length > 0}
          />
        </div>
        <div className="panel mistakes-detail" role="group" aria-label={m.detailRegion}>
          {detailIndex === null ? (
            <p className="muted">{m.detailHint}</p>
          ) : (
            <MistakeDetail
              index={detailIndex}
              trueClass={testSet.labels[detailIndex]!}
              evaluation={evaluation}
              testSet={testSet}
              onOpenInPlayground={onOpenInPlayground}
            />
          )}
        </div>
      </div>

      <h3>{m.weightsTitle}</h3>
      <p className="muted mistakes-prose">{m.weightsLead}</p>
      <Formula tex={LOGIT_TEX} display />
      <p className="muted mistakes-prose">{m.weightsLeadAfter}</p>
      <WeightTemplates
        weights={evaluation.weights}
        classCount={evaluation.classCount}
        epoch={evaluation.epoch}
        caption={evaluation.uploaded ? k.uploadedWeights : undefined}
        rows={testSet.rows}
        cols={testSet.cols}
      />
      {evaluation.weights && (
        <PictureButtons
          what="weight-templates"
          pngLabel={k.templatesPng}
          svgLabel={k.templatesSvg}
          draw={(colors) =>
            weightTemplatesSvg(
              evaluation.weights!,
              evaluation.classCount,
              testSet.rows,
              testSet.cols,
              Array.from({ length: evaluation.classCount }, (_, c) => fashionClassName(c, lang)),
              { negative: m.legendNegative, positive: m.legendPositive },
              { title: m.weightsTitle, ...colors },
            )
          }
        />
      )}
    </>
  );
}
