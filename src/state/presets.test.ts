import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, genericClassName, isPresetId, presetNames } from './presets';

describe('presets', () => {
  it('every preset has the same number of names in both languages', () => {
    for (const id of PRESET_IDS) expect(PRESETS[id].ko).toHaveLength(PRESETS[id].en.length);
    expect(PRESETS.fashion.en).toHaveLength(10);
    expect(PRESETS.fashion.en[0]).toBe('T-shirt/top');
    expect(PRESETS.fashion.en[9]).toBe('Ankle boot');
  });

  it('gives exactly `count` names, with "class k" past the preset', () => {
    expect(presetNames('animals', 'en', 2)).toEqual(['cat', 'chicken']);
    expect(presetNames('rps', 'ko', 4)).toEqual(['가위', '바위', '보', '클래스 4']);
    expect(presetNames('rps', 'en', 3)).toEqual(['scissors', 'rock', 'paper']);
    expect(genericClassName(9, 'en')).toBe('class 10');
  });

  it('recognizes only real preset ids', () => {
    expect(isPresetId('fashion')).toBe(true);
    expect(isPresetId('custom')).toBe(false);
    expect(isPresetId('__proto__')).toBe(false);
  });
});
