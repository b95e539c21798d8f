/**
 * Keyboard shortcuts for demonstrating in front of a class. Pure: the hook in
 * use-shortcuts.ts feeds it key events and performs the action it names.
 */
export const SHORTCUT_ACTIONS = ['playPause', 'reset', 'nextSection', 'previousSection', 'presenter', 'help'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** What the help overlay lists, in order: the keys as shown (the first is the main one). */
export const SHORTCUT_KEYS: Record<ShortcutAction, readonly string[]> = {
  playPause: ['P'],
  reset: ['R'],
  nextSection: ['N', 'Page Down'],
  previousSection: ['B', 'Page Up'],
  presenter: ['M'],
  help: ['?'],
};

/**
 * Letters match on `code` (the physical key), so they work with a Korean
 * keyboard layout, where the P key types ㅔ.
 */
const BY_CODE: Record<string, ShortcutAction> = {
  KeyP: 'playPause',
  KeyR: 'reset',
  KeyN: 'nextSection',
  KeyB: 'previousSection',
  KeyM: 'presenter',
};

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Elements where keys mean text or a value: a shortcut there would steal the student's typing. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // Widgets that use letters or paging keys themselves.
  return target.closest('[role="slider"], [role="spinbutton"], [role="textbox"], [role="combobox"], [role="listbox"]') !== null;
}

/**
 * The action a key press asks for, or null. Page Down / Page Up move between
 * sections only in presenter mode (a clicker sends them); elsewhere they scroll.
 */
export function shortcutFor(event: KeyLike, presenter: boolean): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === '?' || (event.code === 'Slash' && event.shiftKey)) return 'help';
  if (event.shiftKey) return null;
  if (presenter && event.key === 'PageDown') return 'nextSection';
  if (presenter && event.key === 'PageUp') return 'previousSection';
  return BY_CODE[event.code] ?? null;
}

/**
 * The section the reader is in: the last one whose top has reached the line
 * `offset` pixels below the viewport's top (under the sticky header). At the
 * bottom of the page a short last section can never reach that line, so there
 * the last section counts as current.
 */
export function currentSection<T extends string>(
  tops: readonly { id: T; top: number }[],
  offset: number,
  atBottom = false,
): T | null {
  if (atBottom && tops.length > 0) return tops[tops.length - 1]!.id;
  let current: T | null = tops[0]?.id ?? null;
  for (const { id, top } of tops) if (top <= offset + 1) current = id;
  return current;
}

/** The neighbour of `current` in `ids`, staying at either end. */
export function adjacentSection<T extends string>(ids: readonly T[], current: T | null, step: 1 | -1): T | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index < 0) return ids[step === 1 ? 0 : ids.length - 1]!;
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))]!;
}
