import { lazy, Suspense, type ReactNode } from 'react';
import { useMessages, type MessageTable } from '@/ui/i18n';
import { LessonErrorBoundary } from '@/ui/LessonErrorBoundary';
import { SectionShell } from '@/ui/SectionShell';

// Each lesson's code is its own chunk, loaded after the first screen (with recharts and
// KaTeX's fonts where the lesson uses them): the first screen needs none of it.

export const ClassificationSection = lazy(() => import('@/features/classification/components/ClassificationSection').then((m) => ({ default: m.ClassificationSection })));
export const SoftmaxSection = lazy(() => import('@/features/softmax/components/SoftmaxSection').then((m) => ({ default: m.SoftmaxSection })));
export const CrossEntropySection = lazy(() => import('@/features/cross-entropy/components/CrossEntropySection').then((m) => ({ default: m.CrossEntropySection })));
export const DataSection = lazy(() => import('@/features/data/components/DataSection').then((m) => ({ default: m.DataSection })));
export const TrainSection = lazy(() => import('@/features/training/components/TrainSection').then((m) => ({ default: m.TrainSection })));
export const MistakesSection = lazy(() => import('@/features/mistakes/components/MistakesSection').then((m) => ({ default: m.MistakesSection })));
export const CalibrationSection = lazy(() => import('@/features/calibration/components/CalibrationSection').then((m) => ({ default: m.CalibrationSection })));
export const DrawSection = lazy(() => import('@/features/draw/components/DrawSection').then((m) => ({ default: m.DrawSection })));

interface LazyLessonProps {
  id: string;
  messages: MessageTable<{ title: string; lead: string }>;
  children: ReactNode;
}

/**
 * A lesson as the page holds it: while its code loads, its heading already; if it fails (its code could not be downloaded,
 * or it threw while rendering), the same frame with a message and a button that
 * resets it, while every other lesson goes on working.
 */
export function LazyLesson({ id, messages, children }: LazyLessonProps) {
  const m = useMessages(messages);
  const frame = (body?: ReactNode) => (
    <SectionShell id={id} title={m.title} lead={m.lead}>
      {body}
    </SectionShell>
  );
  // While the code loads: the heading and a placeholder, but not yet the section's id and test
  // id. The lesson's own section replaces this one, and a script (or a test) that took hold of
  // a section must not find it gone a moment later; a link's jump waits for it instead.
  const loading = (
    <section className="lesson" aria-busy="true" aria-label={m.title}>
      <h2 className="lesson-title">{m.title}</h2>
      <p className="lesson-lead">{m.lead}</p>
      <div className="lesson-pending" />
    </section>
  );
  return (
    <LessonErrorBoundary frame={frame}>
      <Suspense fallback={loading}>{children}</Suspense>
    </LessonErrorBoundary>
  );
}
