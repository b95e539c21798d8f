import { describe, expect, it } from 'vitest';
import { TrainingClock } from './training-clock';

describe('TrainingClock', () => {
  it('counts from start, stands from stop to the next start, and keeps what it counted', () => {
    let time = 500;
    const clock = new TrainingClock(() => time);
    // Epoch 0's evaluation: the clock starts at the first step.
    time = 800;
    expect(clock.elapsed()).toBe(0);
    clock.start();
    time = 1000;
    expect(clock.elapsed()).toBe(200);
    clock.stop();
    // Paused for 5 s: the clock stands.
    time = 6000;
    expect(clock.elapsed()).toBe(200);
    clock.start();
    time = 6050;
    expect(clock.elapsed()).toBe(250);
  });
});
