import { useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { HelpDialog } from './HelpDialog';
import { ShareDialog } from './ShareDialog';
import { appMessages } from './strings';
import type { Theme } from './preferences';
import type { Classroom } from './use-classroom';
import { shareUrl } from './url-sync';

const ICONS = {
  // 24×24 stroke icons; decorative, the buttons carry the names.
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  screen: 'M3 4h18v12H3zM8 20h8M12 16v4',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  keyboard: 'M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10',
};

function Icon({ path }: { path: string }) {
  return (
    <svg className="tool-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The header's classroom controls: theme, presenter mode, sharing and the shortcut list. */
export function ClassroomTools({ classroom }: { classroom: Classroom }) {
  const [shareOpen, setShareOpen] = useState(false);
  const { theme, toggleTheme, presenter, togglePresenter, helpOpen, setHelpOpen } = classroom;

  return (
    <>
      <ToolButtons
        theme={theme}
        presenter={presenter}
        onToggleTheme={toggleTheme}
        onTogglePresenter={togglePresenter}
        onHelp={() => setHelpOpen(true)}
        onShare={() => setShareOpen(true)}
      />
      <ShareDialog
        open={shareOpen}
        onClose={() => setShareOpen(false)}
        link={shareOpen ? shareUrl(classroom.page, window.location) : ''}
        sections={classroom.sections}
        onSectionsChange={classroom.setSections}
      />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

interface ToolButtonsProps {
  theme: Theme;
  presenter: boolean;
  onToggleTheme: () => void;
  onTogglePresenter: () => void;
  onHelp: () => void;
  onShare: () => void;
}

/** The tool buttons themselves (also drawn, inert, in the first screen: FirstScreen.tsx). */
export function ToolButtons({ theme, presenter, onToggleTheme, onTogglePresenter, onHelp, onShare }: ToolButtonsProps) {
  const m = useMessages(appMessages);
  return (
    <>
      <button
        type="button"
        className="button-quiet tool-button"
        aria-pressed={theme === 'dark'}
        title={m.darkTheme}
        onClick={onToggleTheme}
      >
        <Icon path={ICONS.moon} />
        <span className="visually-hidden">{m.darkTheme}</span>
      </button>
      <button
        type="button"
        className="button-quiet tool-button"
        aria-pressed={presenter}
        title={m.presenterMode}
        onClick={onTogglePresenter}
      >
        <Icon path={ICONS.screen} />
        <span className="visually-hidden">{m.presenterMode}</span>
      </button>
      <button
        type="button"
        className="button-quiet tool-button"
        aria-haspopup="dialog"
        title={m.shortcutsButton}
        onClick={onHelp}
      >
        <Icon path={ICONS.keyboard} />
        <span className="visually-hidden">{m.shortcutsButton}</span>
      </button>
      <button type="button" className="tool-button" aria-haspopup="dialog" onClick={onShare}>
        <Icon path={ICONS.link} />
        {m.share}
      </button>
    </>
  );
}
