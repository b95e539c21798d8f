import { describe, expect, it } from 'vitest';
import { classificationMessages } from '@/features/classification/strings';
import { firstScreenHtml, withoutIds } from './first-screen-html';

describe('firstScreenHtml', () => {
  const html = firstScreenHtml();

  it('holds the first screen in both languages, each inert', () => {
    expect(html.match(/<div class="first-screen" lang="(en|ko)" inert="" aria-hidden="true">/g)).toEqual([
      '<div class="first-screen" lang="en" inert="" aria-hidden="true">',
      '<div class="first-screen" lang="ko" inert="" aria-hidden="true">',
    ]);
    for (const lang of ['en', 'ko'] as const) {
      expect(html).toContain(`<h2 class="lesson-title">${classificationMessages[lang].title}</h2>`);
      expect(html).toContain(classificationMessages[lang].taskHeading);
    }
  });

  it('has no ids, test ids or references to them: the app brings its own', () => {
    expect(html).not.toMatch(/ (id|for|aria-controls|aria-labelledby|data-testid)="/);
  });

  it('withoutIds removes only those attributes', () => {
    expect(withoutIds('<label for="x" class="a"><input id="x" data-testid="t" aria-label="n"></label>')).toBe(
      '<label class="a"><input aria-label="n"></label>',
    );
  });
});
