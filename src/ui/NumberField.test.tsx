// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from './NumberField';
import type { NumberRules } from './number-input';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
/** Every value the field committed, in order. */
let commits: number[];

function Field({ initial, ...rules }: NumberRules & { initial: number }) {
  const [value, setValue] = useState(initial);
  return (
    <NumberField
      label="field"
      value={value}
      step={rules.integer ? 1 : 'any'}
      onCommit={(next) => {
        commits.push(next);
        setValue(next);
      }}
      {...rules}
    />
  );
}

const input = () => container.querySelector('input')!;
const alertText = () => container.querySelector('[role="alert"]')?.textContent ?? null;
const setNativeValue = (element: HTMLInputElement, text: string) =>
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, text);

/** What a keystroke does: the box's text changes by one character, as an InputEvent. */
function typeKeys(text: string) {
  for (const char of text) {
    act(() => {
      setNativeValue(input(), input().value + char);
      input().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: char }));
    });
  }
}
function clear() {
  act(() => {
    setNativeValue(input(), '');
    input().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
  });
}
/** What Playwright's fill() does: the whole text in one InputEvent, no blur. */
function fill(text: string) {
  act(() => {
    setNativeValue(input(), text);
    input().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  });
}
const press = (key: string) => act(() => void input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const blur = () => act(() => void input().dispatchEvent(new FocusEvent('focusout', { bubbles: true })));

function render(props: NumberRules & { initial: number }) {
  act(() => root.render(<Field {...props} />));
}

beforeEach(() => {
  vi.useFakeTimers();
  commits = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

const CLASS_COUNT = { min: 2, max: 10, integer: true } as const;
const LOGIT = { min: -1000, max: 1000 } as const;

describe('NumberField: typing is not committing', () => {
  it('typing 2.5 into the class count commits no prefix; Enter refuses it and keeps 3', () => {
    render({ initial: 3, ...CLASS_COUNT });
    clear();
    typeKeys('2.5');
    expect(commits).toEqual([]);
    press('Enter');
    expect(commits).toEqual([]);
    expect(alertText()).toBe('Enter a whole number. Still using 3.');
  });

  it('typing 10 commits 10 on Enter, never 1 or a cut to 2 on the way', () => {
    render({ initial: 3, ...CLASS_COUNT });
    clear();
    typeKeys('10');
    press('Enter');
    expect(commits).toEqual([10]);
    expect(alertText()).toBeNull();
  });

  it('with logit 1 at 1000, clearing and typing 1001 keeps 1000 and says so', () => {
    render({ initial: 1000, ...LOGIT });
    clear();
    typeKeys('1001');
    press('Enter');
    expect(commits).toEqual([]);
    expect(alertText()).toBe('The largest allowed value is 1000. Still using 1000.');
  });

  it('refuses 9999999999999999999999 as a class count with a message, not 9', () => {
    render({ initial: 3, ...CLASS_COUNT });
    clear();
    typeKeys('9999999999999999999999');
    blur();
    expect(commits).toEqual([]);
    expect(alertText()).toBe('The largest allowed value is 10. Still using 3.');
  });

  it('commits on leaving the field, and a filled value on Enter', () => {
    render({ initial: 1, ...LOGIT });
    fill('4.5');
    expect(commits).toEqual([]);
    blur();
    expect(commits).toEqual([4.5]);
    fill('-2');
    press('Enter');
    expect(commits).toEqual([4.5, -2]);
    blur();
    expect(commits).toEqual([4.5, -2]);
  });

  it('never applies a prefix, however long the student pauses on it; the box marks it pending', () => {
    render({ initial: 3, ...CLASS_COUNT });
    clear();
    typeKeys('2');
    act(() => void vi.advanceTimersByTime(60_000));
    expect(commits).toEqual([]);
    expect(input().hasAttribute('data-pending')).toBe(true);
    typeKeys('.5');
    expect(input().hasAttribute('data-pending')).toBe(false);
    expect(alertText()).toBe('Enter a whole number. Still using 3.');
    press('Enter');
    expect(commits).toEqual([]);
  });

  it('applies a pasted value at once', () => {
    render({ initial: 1, ...LOGIT });
    act(() => {
      setNativeValue(input(), '12.5');
      input().dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    expect(commits).toEqual([12.5]);
    expect(input().hasAttribute('data-pending')).toBe(false);
  });

  it('commits a step of the arrows or spinner at once', () => {
    render({ initial: 3, ...CLASS_COUNT });
    act(() => {
      setNativeValue(input(), '4');
      input().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(commits).toEqual([4]);
  });
});
