import { memo, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { CrossEntropySection as CrossEntropyLesson } from '@/features/cross-entropy/components/CrossEntropySection';
import { DataSection as DataLesson } from '@/features/data/components/DataSection';
import { useDataset } from '@/features/data/hooks/use-dataset';
import { MistakesSection as MistakesLesson } from '@/features/mistakes/components/MistakesSection';
import { SoftmaxSection as SoftmaxLesson } from '@/features/softmax/components/SoftmaxSection';
import { TrainSection as TrainLesson } from '@/features/training/components/TrainSection';
import { LangContext, useMessages, type Lang } from '@/ui/i18n';
import { DEFAULT_PLAYGROUND, playgroundReducer } from '@/state/playground';
import { ClassroomTools } from './ClassroomTools';
import { Header } from './Header';
import { registerServiceWorker } from './register-sw';
import { skipOffscreenPanels } from './skip-offscreen';
import { useClassroom } from './use-classroom';
import { useCurrentSection } from './use-current-section';
import { useInitialHash } from './use-initial-hash';
import { appMessages } from './strings';
import { initialLanguage, rememberLanguage } from './language';
import { initialPlayground, initialTrainSettings } from './initial-state';
import { UrlNotices } from './UrlNotices';
import { LOGIT_LIMIT, parseUrlState } from './url-state';
import type { Evaluation } from '@/workers/protocol';

// Each lesson re-renders only when its own props change: dragging a logit must
// not redraw the training charts or the mistakes gallery.
const SoftmaxSection = memo(SoftmaxLesson);
const CrossEntropySection = memo(CrossEntropyLesson);
const DataSection = memo(DataLesson);
const TrainSection = memo(TrainLesson);
const MistakesSection = memo(MistakesLesson);

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
  useEffect(skipOffscreenPanels, []);
  useInitialHash();

  // The latest test-set evaluation from training, for the Mistakes lesson.
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const initialTrainConfig = useMemo(() => initialTrainSettings(parsedUrl.state), [parsedUrl]);

  // A mistake's logits replayed in the playground: Fashion-MNIST names, the plain
  // stable softmax (τ = 1) that produced the model's probabilities, the true class.
  const openInPlayground = useCallback(
    (logits: number[], trueClass: number) => {
      dispatch({ type: 'setPreset', presetId: 'fashion', lang });
      dispatch({ type: 'setLogits', logits: logits.map((z) => Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, z))) });
      dispatch({ type: 'setTemperature', temperature: 1 });
      dispatch({ type: 'setStable', stable: true });
      dispatch({ type: 'setTrueClass', trueClass });
      const section = document.getElementById('softmax');
      // Setting the hash it already has would not scroll, so scroll directly then.
      if (window.location.hash === '#softmax') section?.scrollIntoView();
      else window.location.hash = '#softmax';
      section?.focus({ preventScroll: true });
    },
    [lang],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
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
        {visibleSections.includes('softmax') && <SoftmaxSection playground={playground} dispatch={dispatch} />}
        {visibleSections.includes('cross-entropy') && (
          <CrossEntropySection playground={playground} dispatch={dispatch} />
        )}
        {visibleSections.includes('data') && <DataSection dataset={dataset} />}
        {visibleSections.includes('train') && (
          <TrainSection
            dataset={dataset}
            initialConfig={initialTrainConfig}
            onConfigChange={classroom.onTrainConfigChange}
            onEvaluation={setEvaluation}
          />
        )}
        {visibleSections.includes('mistakes') && (
          <MistakesSection evaluation={evaluation} dataset={dataset} onOpenInPlayground={openInPlayground} />
        )}
      </main>
      <AppFooter />
    </LangContext.Provider>
  );
}

function AppFooter() {
  const m = useMessages(appMessages);
  return <footer className="app-footer">{m.footer}</footer>;
}
