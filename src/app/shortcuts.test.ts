import { describe, expect, it } from 'vitest';
import { chooseTheme } from './preferences';
import { adjacentSection, currentSection, shortcutFor, SHORTCUT_ACTIONS, SHORTCUT_KEYS, type KeyLike } from './shortcuts';

const press = (key: string, code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps the demo keys', () => {
    expect(shortcutFor(press('p', 'KeyP'), false)).toBe('playPause');
    expect(shortcutFor(press('r', 'KeyR'), false)).toBe('reset');
    expect(shortcutFor(press('n', 'KeyN'), false)).toBe('nextSection');
    expect(shortcutFor(press('b', 'KeyB'), false)).toBe('previousSection');
    expect(shortcutFor(press('m', 'KeyM'), false)).toBe('presenter');
    expect(shortcutFor(press('?', 'Slash', { shiftKey: true }), false)).toBe('help');
  });

  it('works on a Korean keyboard layout, where the keys type Hangul', () => {
    expect(shortcutFor(press('ㅔ', 'KeyP'), false)).toBe('playPause');
    expect(shortcutFor(press('ㅜ', 'KeyN'), false)).toBe('nextSection');
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(shortcutFor(press('r', 'KeyR', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutFor(press('p', 'KeyP', { metaKey: true }), false)).toBeNull();
    expect(shortcutFor(press('n', 'KeyN', { altKey: true }), false)).toBeNull();
    expect(shortcutFor(press('P', 'KeyP', { shiftKey: true }), false)).toBeNull();
  });

  it('pages between sections with a clicker only in presenter mode', () => {
    expect(shortcutFor(press('PageDown', 'PageDown'), false)).toBeNull();
    expect(shortcutFor(press('PageDown', 'PageDown'), true)).toBe('nextSection');
    expect(shortcutFor(press('PageUp', 'PageUp'), true)).toBe('previousSection');
  });

  it('ignores other keys', () => {
    for (const [key, code] of [['a', 'KeyA'], [' ', 'Space'], ['Enter', 'Enter'], ['/', 'Slash'], ['ArrowRight', 'ArrowRight']]) {
      expect(shortcutFor(press(key!, code!), true)).toBeNull();
    }
  });

  it('lists keys for every action in the help overlay', () => {
    for (const action of SHORTCUT_ACTIONS) expect(SHORTCUT_KEYS[action].length).toBeGreaterThan(0);
  });
});

describe('section navigation', () => {
  const ids = ['softmax', 'cross-entropy', 'data'] as const;

  it('finds the section whose top has passed the line under the header', () => {
    const tops = [
      { id: 'softmax', top: -900 },
      { id: 'cross-entropy', top: 60 },
      { id: 'data', top: 1400 },
    ];
    expect(currentSection(tops, 80)).toBe('cross-entropy');
    expect(currentSection(tops, 40)).toBe('softmax');
    expect(currentSection([{ id: 'softmax', top: 300 }], 80)).toBe('softmax');
    expect(currentSection(tops, 40, true)).toBe('data');
    expect(currentSection([], 80)).toBeNull();
  });

  it('steps to the neighbour and stops at the ends', () => {
    expect(adjacentSection(ids, 'softmax', 1)).toBe('cross-entropy');
    expect(adjacentSection(ids, 'cross-entropy', -1)).toBe('softmax');
    expect(adjacentSection(ids, 'data', 1)).toBe('data');
    expect(adjacentSection(ids, 'softmax', -1)).toBe('softmax');
    expect(adjacentSection(ids, null, 1)).toBe('softmax');
    expect(adjacentSection([], 'softmax', 1)).toBeNull();
  });
});

describe('chooseTheme', () => {
  it('prefers the link, then the stored choice, then the system', () => {
    expect(chooseTheme('dark', 'light', false)).toBe('dark');
    expect(chooseTheme(undefined, 'light', true)).toBe('light');
    expect(chooseTheme(undefined, 'dark', false)).toBe('dark');
    expect(chooseTheme(undefined, null, true)).toBe('dark');
    expect(chooseTheme(undefined, 'sepia', false)).toBe('light');
  });
});
