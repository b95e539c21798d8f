/**
 * When the student last used the page: a drag, a key, the wheel. Deferred work
 * waits for a pause in it (see idle.ts), and training gives way during it (the
 * training lesson's usePageInput). One set of listeners for the whole page.
 */

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'input', 'keydown', 'wheel'] as const;

let lastInputAt = -Infinity;
let installed = false;
const subscribers = new Set<() => void>();

function onEvent(event: Event): void {
  // A pointer moving with no button down is hovering, not use.
  if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
  lastInputAt = performance.now();
  for (const subscriber of subscribers) subscriber();
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  // Capture, so input that a control stops from bubbling still counts.
  for (const type of INPUT_EVENTS) window.addEventListener(type, onEvent, { capture: true, passive: true });
}

/** Milliseconds since the page's last input (Infinity before any). */
export function msSinceInput(): number {
  install();
  return performance.now() - lastInputAt;
}

/** Calls `subscriber` on every input; returns the unsubscribe function. */
export function onPageInput(subscriber: () => void): () => void {
  install();
  subscribers.add(subscriber);
  return () => subscribers.delete(subscriber);
}
