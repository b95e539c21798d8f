import { Component, Fragment, createRef, type ErrorInfo, type ReactNode, type Ref } from 'react';
import { useMessages } from './i18n';
import { uiMessages } from './strings';

interface LessonErrorBoundaryProps {
  children: ReactNode;
  /** What this lesson's failure leaves intact, when the general sentence is not precise enough. */
  kept?: ReactNode;
  /** Called when the student resets the lesson, before its content is mounted afresh. */
  onReset?: () => void;
  /** Puts the message in the lesson's own frame (its section and heading), so links to it still land. */
  frame?: (message: ReactNode) => ReactNode;
}

interface LessonErrorBoundaryState {
  error: Error | null;
  /** Bumped by a reset: the lesson's content is keyed by it, so it mounts afresh. */
  generation: number;
}

/**
 * One lesson's failure is not the page's: an error thrown while rendering the
 * lesson (or in its effects) replaces that lesson with a short message in the
 * student's language, what was kept, and a button that resets the lesson (its
 * content mounts afresh, its own state starts over). The other lessons, and the
 * state the app holds above them, are untouched.
 */
export class LessonErrorBoundary extends Component<LessonErrorBoundaryProps, LessonErrorBoundaryState> {
  override state: LessonErrorBoundaryState = { error: null, generation: 0 };
  private readonly fallback = createRef<HTMLDivElement>();
  /** Where focus goes after a reset that removed the focused button. */
  private focusAfterReset: HTMLElement | null = null;

  static getDerivedStateFromError(error: unknown): Partial<LessonErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A lesson failed and was replaced by its error message:', error, info.componentStack);
  }

  override componentDidUpdate(): void {
    if (this.state.error || !this.focusAfterReset) return;
    this.focusAfterReset.focus({ preventScroll: true });
    this.focusAfterReset = null;
  }

  private readonly reset = () => {
    const root = this.fallback.current;
    // The button goes with the message: focus moves to the lesson (its section), not to the page's body.
    if (root?.contains(document.activeElement)) this.focusAfterReset = root.parentElement?.closest<HTMLElement>('[tabindex]') ?? null;
    this.props.onReset?.();
    this.setState(({ generation }) => ({ error: null, generation: generation + 1 }));
  };

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (error) {
      const message = <LessonErrorMessage ref={this.fallback} error={error} kept={this.props.kept} onReset={this.reset} />;
      return this.props.frame ? this.props.frame(message) : message;
    }
    return <Fragment key={generation}>{this.props.children}</Fragment>;
  }
}

interface LessonErrorMessageProps {
  ref: Ref<HTMLDivElement>;
  error: Error;
  kept?: ReactNode;
  onReset: () => void;
}

function LessonErrorMessage({ ref, error, kept, onReset }: LessonErrorMessageProps) {
  const m = useMessages(uiMessages);
  return (
    <div ref={ref} className="notice notice-error lesson-error" role="alert" data-testid="lesson-error">
      <div>
        <strong>{m.lessonFailed}</strong>
        <p>{kept ?? m.lessonKept}</p>
        <details>
          <summary>{m.lessonDetails}</summary>
          <code>{error.message}</code>
        </details>
      </div>
      <button type="button" onClick={onReset}>
        {m.lessonReset}
      </button>
    </div>
  );
}
