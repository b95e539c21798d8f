import { useCallback, useMemo, useState } from 'react';
import { trainMessages } from '@/features/training/strings';
import type { PlaygroundState } from '@/state/playground';
import type { Lang } from '@/ui/i18n';
import { findTrainButton, goToAdjacentSection } from './section-dom';
import type { ShortcutAction } from './shortcuts';
import { useDisplay, type Display } from './use-display';
import { useShortcuts } from './use-shortcuts';
import { useUrlSync } from './use-url-sync';
import { SECTION_IDS, type SectionId, type UrlState } from './url-state';
import { pageToUrl, trainConfigToUrl, trainParamsOf, type LinkedTrainConfig, type PageState, type TrainParams } from './url-sync';

export interface Classroom extends Display {
  sections: readonly SectionId[];
  setSections: (sections: readonly SectionId[]) => void;
  /** For TrainSection's onConfigChange: the settings go into the address. */
  onTrainConfigChange: (config: LinkedTrainConfig) => void;
  page: PageState;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
}

interface ClassroomOptions {
  url: UrlState;
  lang: Lang;
  playground: PlaygroundState;
}

/**
 * The classroom layer over the lessons: which sections show, theme and
 * presenter mode, the address kept in step with the page, and the shortcuts.
 */
export function useClassroom({ url, lang, playground }: ClassroomOptions): Classroom {
  const display = useDisplay({ theme: url.theme, presenter: url.presenter });
  const [sections, setSectionsState] = useState<readonly SectionId[]>(url.sections ?? SECTION_IDS);
  const [train, setTrain] = useState<TrainParams>(() => trainParamsOf(url));
  const [helpOpen, setHelpOpen] = useState(false);

  const setSections = useCallback((next: readonly SectionId[]) => {
    // Page order, whatever order they were ticked in.
    if (next.length > 0) setSectionsState(SECTION_IDS.filter((id) => next.includes(id)));
  }, []);

  const onTrainConfigChange = useCallback((config: LinkedTrainConfig) => {
    const params = trainConfigToUrl(config);
    // A config without a backend says nothing about it: keep the link's.
    setTrain((previous) => (config.backend === undefined ? { ...params, backend: previous.backend } : params));
  }, []);

  const page = useMemo<PageState>(
    () => ({
      playground,
      lang,
      langInUrl: url.lang !== undefined,
      train,
      sections,
      presenter: display.presenter,
      theme: url.theme === undefined ? undefined : display.theme,
      exercise: url.exercise,
    }),
    [playground, lang, url.lang, url.theme, url.exercise, train, sections, display.presenter, display.theme],
  );
  useUrlSync(useMemo(() => pageToUrl(page), [page]));

  const { togglePresenter } = display;
  useShortcuts(display.presenter, (action: ShortcutAction) => {
    switch (action) {
      case 'playPause':
      case 'reset':
        findTrainButton(action, trainButtonNames(lang)[action])?.click();
        return;
      case 'nextSection':
        goToAdjacentSection(sections, 1);
        return;
      case 'previousSection':
        goToAdjacentSection(sections, -1);
        return;
      case 'presenter':
        togglePresenter();
        return;
      case 'help':
        setHelpOpen(true);
    }
  });

  return { ...display, sections, setSections, onTrainConfigChange, page, helpOpen, setHelpOpen };
}

/** The Train section's button labels in the page's language, which the shortcuts look for. */
function trainButtonNames(lang: Lang): Record<'playPause' | 'reset', string[]> {
  const m = trainMessages[lang];
  return { playPause: [m.train, m.pause, m.resume], reset: [m.reset] };
}
