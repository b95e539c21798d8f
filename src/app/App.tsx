import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { classificationMessages } from '@/features/classification/strings';
import { ceMessages } from '@/features/cross-entropy/strings';
import { useDataset } from '@/features/data/hooks/use-dataset';
import { dataMessages } from '@/features/data/strings';
import { mistakesMessages } from '@/features/mistakes/strings';
import { calibrationMessages } from '@/features/calibration/strings';
import { drawMessages } from '@/features/draw/strings';
import { softmaxMessages } from '@/features/softmax/strings';
import { trainMessages } from '@/features/training/strings';
import { LangContext, useMessages, type Lang } from '@/ui/i18n';
import { DEFAULT_PLAYGROUND, playgroundReducer } from '@/state/playground';
import { ClassroomTools } from './ClassroomTools';
import { Header } from './Header';
import { CalibrationSection, ClassificationSection, CrossEntropySection, DataSection, DrawSection, MistakesSection, SoftmaxSection, TrainSection, LazyLesson } from './lessons';
import { registerServiceWorker } from './register-sw';
import { jumpTo, routeInPageLinks } from './jump';
import { findTrainButton } from './section-dom';
import { keepFocusInView } from './keep-focus-in-view';
import { useClassroom } from './use-classroom';
import { useCurrentSection } from './use-current-section';
import { useInitialHash } from './use-initial-hash';
import { useLinkedExercise } from './use-linked-exercise';
import { ExerciseIndex } from './ExerciseIndex';
import { appMessages } from './strings';
import { initialLanguage, rememberLanguage } from './language';
import { initialPlayground, initialTrainSettings } from './initial-state';
import { UrlNotices } from './UrlNotices';
import { parseUrlState } from './url-state';
import { clampLogit } from '@/domain/playground-limits';
import type { Evaluation, ModelWeights } from '@/domain/training-events';

export function App() {
  const parsedUrl = useMemo(() => parseUrlState(window.location.search), []);
  const [lang, setLang] = useState<Lang>(() => initialLanguage(parsedUrl.state.lang));
  const [playground, dispatch] = useReducer(playgroundReducer, DEFAULT_PLAYGROUND, () =>
    initialPlayground(parsedUrl.state),
  );
  // Sections shown, theme, presenter mode, the address kept in step, shortcuts.
  const classroom = useClassroom({ url: parsedUrl.state, lang, playground });
  const visibleSections = classroom.sections;
  // Fashion-MNIST, loaded once for the page when a lesson first needs it.
  const dataset = useDataset();
  const currentSection = useCurrentSection(visibleSections);
  useEffect(registerServiceWorker, []);
  useEffect(routeInPageLinks, []);
  useEffect(keepFocusInView, []);
  useInitialHash(parsedUrl.state.exercise === undefined);
  useLinkedExercise(parsedUrl.state.exercise);

  // The latest test-set evaluation from training, for the Mistakes lesson.
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  // Softmax regression's trained W and b, sent with each evaluation: the Draw lesson runs the model on the page.
  const [weights, setWeights] = useState<ModelWeights | null>(null);
  const initialTrainConfig = useMemo(() => initialTrainSettings(parsedUrl.state), [parsedUrl]);

  // A mistake's logits replayed in the playground: Fashion-MNIST names, the plain
  // stable softmax (τ = 1) that produced the model's probabilities, the true class.
  // The Calibration lesson sends its fitted temperature τ* instead of 1.
  const openInPlayground = useCallback(
    (logits: number[], trueClass: number, temperature = 1) => {
      dispatch({ type: 'setPreset', presetId: 'fashion', lang });
      dispatch({ type: 'setLogits', logits: logits.map(clampLogit) });
      dispatch({ type: 'setTemperature', temperature });
      dispatch({ type: 'setStable', stable: true });
      dispatch({ type: 'setTrueClass', trueClass });
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#softmax`);
      jumpTo('softmax');
    },
    [lang],
  );

  // "Train first": to the Train section, with the Train button focused for the student to press.
  const goToTrain = useCallback(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#train`);
    jumpTo('train');
    // The lesson may still be rendering (or its code loading) on the first frames after the jump.
    const focusTrain = (frames: number) => {
      const button = findTrainButton('playPause');
      if (button) button.focus({ preventScroll: true });
      else if (frames > 0) requestAnimationFrame(() => focusTrain(frames - 1));
    };
    focusTrain(60);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    // The title and description in the student's language (index.html holds the English ones).
    document.title = appMessages[lang].appName;
    document.querySelector('meta[name="description"]')?.setAttribute('content', appMessages[lang].pageDescription);
    rememberLanguage(lang);
  }, [lang]);

  return (
    <LangContext.Provider value={lang}>
      <Header
        lang={lang}
        onLangChange={setLang}
        sections={visibleSections}
        current={currentSection}
        tools={<ClassroomTools classroom={classroom} />}
      />
      <main id="main" className="app-main">
        <UrlNotices notices={parsedUrl.notices} />
        {visibleSections.includes('classification') && (
          <LazyLesson id="classification" messages={classificationMessages}>
            <ClassificationSection playground={playground} dispatch={dispatch} />
          </LazyLesson>
        )}
        {visibleSections.includes('softmax') && (
          <LazyLesson id="softmax" messages={softmaxMessages}>
            <SoftmaxSection playground={playground} dispatch={dispatch} />
          </LazyLesson>
        )}
        {visibleSections.includes('cross-entropy') && (
          <LazyLesson id="cross-entropy" messages={ceMessages}>
            <CrossEntropySection playground={playground} dispatch={dispatch} />
          </LazyLesson>
        )}
        {visibleSections.includes('data') && (
          <LazyLesson id="data" messages={dataMessages}>
            <DataSection dataset={dataset} />
          </LazyLesson>
        )}
        {visibleSections.includes('train') && (
          <LazyLesson id="train" messages={trainMessages}>
            <TrainSection
              dataset={dataset}
              initialConfig={initialTrainConfig}
              onConfigChange={classroom.onTrainConfigChange}
              onEvaluation={setEvaluation}
              onWeights={setWeights}
            />
          </LazyLesson>
        )}
        {visibleSections.includes('mistakes') && (
          <LazyLesson id="mistakes" messages={mistakesMessages}>
            <MistakesSection evaluation={evaluation} dataset={dataset} onOpenInPlayground={openInPlayground} />
          </LazyLesson>
        )}
        {visibleSections.includes('calibration') && (
          <LazyLesson id="calibration" messages={calibrationMessages}>
            <CalibrationSection evaluation={evaluation} dataset={dataset} onOpenInPlayground={openInPlayground} onGoToTrain={goToTrain} />
          </LazyLesson>
        )}
        {visibleSections.includes('draw') && (
          <LazyLesson id="draw" messages={drawMessages}>
            <DrawSection
              weights={weights}
              evaluation={evaluation}
              dataset={dataset}
              onOpenInPlayground={openInPlayground}
              onGoToTrain={goToTrain}
            />
          </LazyLesson>
        )}
        <ExerciseIndex sections={visibleSections} />
      </main>
      <AppFooter />
    </LangContext.Provider>
  );
}

function AppFooter() {
  const m = useMessages(appMessages);
  return <footer className="app-footer">{m.footer}</footer>;
}
