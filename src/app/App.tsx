import { useEffect, useMemo, useReducer, useState } from 'react';
import { CrossEntropySection } from '@/features/cross-entropy/components/CrossEntropySection';
import { DataSection } from '@/features/data/components/DataSection';
import { MistakesSection } from '@/features/mistakes/components/MistakesSection';
import { SoftmaxSection } from '@/features/softmax/components/SoftmaxSection';
import { TrainSection } from '@/features/training/components/TrainSection';
import { LangContext, useMessages, type Lang } from '@/ui/i18n';
import { DEFAULT_PLAYGROUND, playgroundReducer } from '@/state/playground';
import { Header } from './Header';
import { appMessages } from './strings';
import { initialLanguage, rememberLanguage } from './language';
import { initialPlayground } from './initial-state';
import { UrlNotices } from './UrlNotices';
import { parseUrlState, SECTION_IDS } from './url-state';

export function App() {
  const parsedUrl = useMemo(() => parseUrlState(window.location.search), []);
  const [lang, setLang] = useState<Lang>(() => initialLanguage(parsedUrl.state.lang));
  const [playground, dispatch] = useReducer(playgroundReducer, DEFAULT_PLAYGROUND, () =>
    initialPlayground(parsedUrl.state),
  );
  const visibleSections = parsedUrl.state.sections ?? SECTION_IDS;

  useEffect(() => {
    document.documentElement.lang = lang;
    rememberLanguage(lang);
  }, [lang]);

  return (
    <LangContext.Provider value={lang}>
      <Header lang={lang} onLangChange={setLang} sections={visibleSections} />
      <main id="main" className="app-main">
        <UrlNotices notices={parsedUrl.notices} />
        {visibleSections.includes('softmax') && <SoftmaxSection playground={playground} dispatch={dispatch} />}
        {visibleSections.includes('cross-entropy') && (
          <CrossEntropySection playground={playground} dispatch={dispatch} />
        )}
        {visibleSections.includes('data') && <DataSection />}
        {visibleSections.includes('train') && <TrainSection />}
        {visibleSections.includes('mistakes') && <MistakesSection />}
      </main>
      <AppFooter />
    </LangContext.Provider>
  );
}

function AppFooter() {
  const m = useMessages(appMessages);
  return <footer className="app-footer">{m.footer}</footer>;
}
