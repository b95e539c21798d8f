import { describe, expect, it } from 'vitest';
import { PROGRESS_INTERVAL_MS, ProgressBuffer, type ProgressEvent } from './progress-buffer';

function buffer() {
  let time = 1000;
  const sent: ProgressEvent[] = [];
  const progress = new ProgressBuffer((e) => sent.push(e), () => time - 1000, () => time);
  return { sent, progress, advance: (ms: number) => (time += ms) };
}

describe('ProgressBuffer', () => {
  it('sends at most every PROGRESS_INTERVAL_MS when offered, with the points gathered since the last', () => {
    const { sent, progress, advance } = buffer();
    progress.addPoint(0.1, 2.3, 0);
    progress.countExamples(64);
    advance(PROGRESS_INTERVAL_MS - 1);
    progress.sendIfDue(0, 0);
    expect(sent).toHaveLength(0);
    progress.addPoint(0.2, 2.1, 0.5);
    progress.countExamples(64);
    advance(1);
    progress.sendIfDue(0, 1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'progress', epoch: 0, step: 1, examplesDone: 128, elapsedMs: PROGRESS_INTERVAL_MS, yielding: false });
    expect(Array.from(sent[0]!.points.x)).toEqual([0.1, 0.2].map(Math.fround));
    expect(Array.from(sent[0]!.points.loss)).toEqual([2.3, 2.1].map(Math.fround));
    expect(Array.from(sent[0]!.points.l2)).toEqual([0, 0.5]);
    // The interval counts from that message.
    advance(PROGRESS_INTERVAL_MS - 1);
    progress.sendIfDue(0, 2);
    expect(sent).toHaveLength(1);
  });

  it('sends at once when asked, empty if need be, and counts examples over the whole run', () => {
    const { sent, progress } = buffer();
    progress.countExamples(10);
    progress.send(0, 5);
    progress.countExamples(10);
    progress.send(1, 0);
    expect(sent.map((e) => [e.epoch, e.step, e.examplesDone, e.points.x.length])).toEqual([
      [0, 5, 10, 0],
      [1, 0, 20, 0],
    ]);
  });

  it('says the loop rested in the next message only', () => {
    const { sent, progress } = buffer();
    progress.noteRest();
    progress.send(0, 0);
    progress.send(0, 1);
    expect(sent.map((e) => e.yielding)).toEqual([true, false]);
  });
});
