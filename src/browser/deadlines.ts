/**
 * Every delay that decides when content far from the viewport catches up, in one
 * place, each with the reason for its value. The far-content boundary
 * (FarBoundary, SectionShell) and whenIdle read them; nothing else waits on its own clock.
 */

/**
 * How long the student must pause (no drag, key or wheel) before deferred work runs.
 * The frames of a drag come every 16 ms with idle moments between them, and work
 * landing there still costs the drag its frames; 300 ms is longer than any gap
 * within a drag or a run of key repeats (30 ms) and shorter than a glance.
 */
export const QUIET_AFTER_INPUT_MS = 300;

/**
 * The latest that content far off screen lags behind its values once the student
 * pauses, when the page never goes idle (training on two cores keeps it busy).
 * A third of a second: caught up long before a scroll of a screen or more brings it in.
 */
export const CATCH_UP_DEADLINE_MS = 300;

/**
 * The Mistakes lesson's catch-up deadline, longer because its catch-up is dearer:
 * analysing 10,000 results and drawing the gallery is a long task on the main
 * thread, which must not land in the middle of a drag elsewhere on the page.
 */
export const MISTAKES_CATCH_UP_DEADLINE_MS = 5000;

/**
 * When the lessons not yet rendered start to render ahead of the student's
 * scrolling: at the student's first input (a tap, a key, the wheel: they are
 * using the page, and the next lesson should be ready before they scroll to it),
 * or after this long of a page left alone since it loaded. The first screen
 * alone is what a phone has to build at start; the rest follows while the
 * student reads, so that every control a link, Tab or find-in-page may reach
 * exists within seconds.
 */
export const RENDER_AHEAD_AFTER_MS = 4000;

/**
 * The latest that each lesson renders ahead once rendering ahead has started: one
 * lesson per idle moment, never two in one task.
 */
export const RENDER_AHEAD_DEADLINE_MS = 2000;

/**
 * How far beyond the viewport still counts as near: a quarter screen above and
 * below. Content entering that band is brought up to date before it scrolls into
 * view at any ordinary scrolling speed; a whole screen of margin made each logit
 * input dearer, by keeping the next lesson live (README, Performance).
 */
export const NEAR_MARGIN = '25% 0px';
