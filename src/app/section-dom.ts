import { headerLine as scrollPadding } from '@/browser/header-line';
import { jumpTo } from './jump';
import { adjacentSection, currentSection } from './shortcuts';
import type { SectionId } from './url-state';

/**
 * The line under the sticky header where a section counts as reached: a jump
 * (scrollIntoView, a #hash) leaves a section's top at scroll-padding-top.
 */
function headerLine(): number {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  const padding = scrollPadding();
  return Math.max(header, padding) + 8;
}

/** The visible section the reader is in, measured from the page. */
export function sectionInView(ids: readonly SectionId[]): SectionId | null {
  const tops = ids.flatMap((id) => {
    const element = document.getElementById(id);
    return element ? [{ id, top: element.getBoundingClientRect().top }] : [];
  });
  const scroller = document.scrollingElement ?? document.documentElement;
  const atBottom = scroller.scrollTop > 0 && scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 2;
  return currentSection(tops, headerLine(), atBottom);
}

/**
 * Moves to the next or previous section: scrolls it under the header, puts its
 * id in the hash (without a history entry) and focuses it, so a screen reader
 * follows the jump too.
 */
export function goToAdjacentSection(ids: readonly SectionId[], step: 1 | -1): SectionId | null {
  const target = adjacentSection(ids, sectionInView(ids), step);
  // Instant (jumpTo), not smooth: a second key press must find the page already at
  // the new section, or it would measure mid-animation and step to the same one.
  if (!target || !jumpTo(target)) return null;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${target}`);
  return target;
}

/** The accessible names of the training buttons (ui-contract.md), in English. */
const TRAIN_BUTTON_NAMES: Record<'playPause' | 'reset', readonly string[]> = {
  playPause: ['Train', 'Pause', 'Resume'],
  reset: ['Reset'],
};

/**
 * The Train section's enabled button for a shortcut. Buttons can opt in with
 * data-shortcut="playPause" / "reset"; otherwise they are found by their
 * contract names, or by the names the section's own string table gives them in
 * the current language (`localNames`).
 */
export function findTrainButton(
  action: 'playPause' | 'reset',
  localNames: readonly string[] = [],
): HTMLButtonElement | null {
  const section = document.getElementById('train');
  if (!section) return null;
  const buttons = [...section.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);
  const tagged = buttons.find((b) => b.dataset.shortcut === action);
  if (tagged) return tagged;
  const names = new Set([...TRAIN_BUTTON_NAMES[action], ...localNames].map((n) => n.trim().toLowerCase()));
  return (
    buttons.find((b) => names.has((b.getAttribute('aria-label') ?? b.textContent ?? '').trim().toLowerCase())) ?? null
  );
}
