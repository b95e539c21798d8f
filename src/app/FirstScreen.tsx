import { TaskPanel } from '@/features/classification/components/TaskPanel';
import { classificationMessages } from '@/features/classification/strings';
import { LangContext, type Lang } from '@/ui/i18n';
import { NotationLink } from '@/ui/NotationNote';
import { ToolButtons } from './ClassroomTools';
import { Header } from './Header';
import { SECTION_IDS } from './url-state';

/**
 * The first screen as the app will draw it, rendered to static HTML at build time
 * (scripts/first-screen-plugin.ts) so that a phone on a slow network shows the
 * header and the first lesson's opening before the app's code has arrived. It is
 * for reading only (inert: nothing in it can be focused or used, so no click or
 * keystroke is lost before the app starts). Class names are the app's, so it looks
 * the same; React replaces it on its first render.
 */
/** Static HTML has no handlers (and the first screen is inert): the app, once started, has its own. */
const ignoreBeforeStart = () => {};

export function FirstScreen({ lang }: { lang: Lang }) {
  const lesson = classificationMessages[lang];
  return (
    <LangContext.Provider value={lang}>
      {/* Inert, and so hidden from assistive technology (aria-hidden says so to tools too):
          the app's own page, a moment later, is the one to read and use. */}
      <div className="first-screen" lang={lang} inert aria-hidden="true">
        <Header
          lang={lang}
          onLangChange={ignoreBeforeStart}
          sections={SECTION_IDS}
          tools={
            <ToolButtons
              theme="light"
              presenter={false}
              onToggleTheme={ignoreBeforeStart}
              onTogglePresenter={ignoreBeforeStart}
              onHelp={ignoreBeforeStart}
              onShare={ignoreBeforeStart}
            />
          }
        />
        <main className="app-main">
          <section className="lesson classification-lesson first-lesson">
            <h2 className="lesson-title">
              {lesson.title}
            </h2>
            <p className="lesson-lead">{lesson.lead}</p>
            <NotationLink />
            <div className="grid-2 classification-grid">
              <TaskPanel />
              {/* Where the next panel will be: the first keeps its column. */}
              <div />
            </div>
          </section>
        </main>
      </div>
    </LangContext.Provider>
  );
}
