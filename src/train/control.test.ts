import { describe, expect, it } from 'vitest';
import { INTERACTION_GRACE_MS, RunControl } from './control';

describe('RunControl', () => {
  it('counts the page as in use for INTERACTION_GRACE_MS after its last input', () => {
    const control = new RunControl();
    expect(control.interacting(0)).toBe(false);
    control.noteInteraction(1000);
    expect(control.interacting(1000)).toBe(true);
    expect(control.interacting(1000 + INTERACTION_GRACE_MS - 1)).toBe(true);
    expect(control.interacting(1000 + INTERACTION_GRACE_MS)).toBe(false);
    // Each new input extends the stretch.
    control.noteInteraction(1200);
    expect(control.interacting(1000 + INTERACTION_GRACE_MS)).toBe(true);
  });

  it('pauses until resumed, and a stop wins over a pause', async () => {
    const control = new RunControl();
    control.pause();
    expect(control.shouldPause).toBe(true);
    const waiting = control.waitForResume();
    control.resume();
    await waiting;
    expect(control.shouldPause).toBe(false);
    control.pause();
    control.stop();
    expect(control.shouldPause).toBe(false);
    expect(control.shouldStop).toBe(true);
  });
});
