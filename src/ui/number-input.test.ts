import { describe, expect, it } from 'vitest';
import { commitTiming, parseNumberInput } from './number-input';

const CLASS_COUNT = { min: 2, max: 10, integer: true } as const;
const LOGIT = { min: -1000, max: 1000 } as const;

describe('parseNumberInput', () => {
  it('refuses what the issue’s rows type, for the reason the message gives', () => {
    expect(parseNumberInput('9999999999999999999999', CLASS_COUNT)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(parseNumberInput('2.5', CLASS_COUNT)).toEqual({ ok: false, reason: 'notInteger' });
    expect(parseNumberInput('1', CLASS_COUNT)).toEqual({ ok: false, reason: 'tooSmall' });
    expect(parseNumberInput('10', CLASS_COUNT)).toEqual({ ok: true, value: 10 });
    expect(parseNumberInput('1001', LOGIT)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(parseNumberInput('1000', LOGIT)).toEqual({ ok: true, value: 1000 });
  });

  it('refuses empty, non-decimal and non-finite text', () => {
    expect(parseNumberInput('', LOGIT)).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumberInput('0x10', LOGIT)).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseNumberInput('1e999')).toEqual({ ok: false, reason: 'notFinite' });
    expect(parseNumberInput('−3', LOGIT)).toEqual({ ok: true, value: -3 });
  });
});

describe('commitTiming', () => {
  it('waits for the student to finish typing or deleting', () => {
    for (const inputType of ['insertText', 'deleteContentBackward', 'deleteContentForward', 'insertReplacementText', 'historyUndo']) {
      expect(commitTiming(inputType)).toBe('onFinish');
    }
  });

  it('applies a step of the arrows or spinner (a plain Event) and a paste at once', () => {
    expect(commitTiming(undefined)).toBe('now');
    expect(commitTiming('')).toBe('now');
    expect(commitTiming('insertFromPaste')).toBe('now');
    expect(commitTiming('insertFromDrop')).toBe('now');
  });
});
