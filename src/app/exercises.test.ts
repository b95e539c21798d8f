import { describe, expect, it } from 'vitest';
import { EXERCISES, exerciseLesson, isExerciseId } from './exercises';
import { parseUrlState, serializeUrlState } from './url-state';
import { pageToUrl } from './url-sync';
import { DEFAULT_PLAYGROUND } from '@/state/playground';

describe('the exercise catalogue', () => {
  it('has the chapter’s eight exercises under the contract’s ids, and at least eight questions of the lessons', () => {
    const ids = EXERCISES.map((e) => e.id);
    const chapter = ['ch3.4-1', 'ch3.4-2', 'ch3.4-3', 'ch3.6-1', 'ch3.6-2', 'ch3.6-3', 'ch3.6-4', 'ch3.6-5'];
    expect(ids.filter((id) => id.startsWith('ch')).sort()).toEqual(chapter);
    expect(ids.filter((id) => !id.startsWith('ch')).length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    ids.filter((id) => !id.startsWith('ch')).forEach((id) => expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/));
  });

  it('gives each of the lecture’s lessons a question, and every exercise a title in both languages', () => {
    for (const lesson of ['classification', 'softmax', 'cross-entropy', 'data', 'train', 'mistakes'] as const) {
      expect(EXERCISES.some((e) => e.lesson === lesson)).toBe(true);
    }
    for (const e of EXERCISES) {
      expect(e.title('en').trim()).not.toBe('');
      expect(e.title('ko').trim()).not.toBe('');
      expect(e.title('ko')).not.toBe(e.title('en'));
    }
  });

  it('looks exercises up by id', () => {
    expect(isExerciseId('ch3.6-1')).toBe(true);
    expect(exerciseLesson('ch3.6-1')).toBe('softmax');
    expect(exerciseLesson('ch3.6-4')).toBe('mistakes');
    expect(isExerciseId('ch9.9-9')).toBe(false);
    expect(isExerciseId('__proto__')).toBe(false);
  });
});

describe('?exercise=', () => {
  it('keeps a known id, and writes it back the same', () => {
    const parsed = parseUrlState('?exercise=ch3.6-1&lang=ko');
    expect(parsed).toEqual({ state: { lang: 'ko', exercise: 'ch3.6-1' }, notices: [] });
    expect(serializeUrlState(parsed.state)).toBe('?lang=ko&exercise=ch3.6-1');
  });

  it('drops an unknown id, or one whose lesson the link hides, with a notice', () => {
    expect(parseUrlState('?exercise=ch9.9-9')).toEqual({ state: {}, notices: [{ param: 'exercise', value: 'ch9.9-9' }] });
    expect(parseUrlState('?exercise=__proto__').notices).toEqual([{ param: 'exercise', value: '__proto__' }]);
    expect(parseUrlState('?sections=softmax&exercise=ch3.6-4')).toEqual({
      state: { sections: ['softmax'] },
      notices: [{ param: 'exercise', value: 'ch3.6-4' }],
    });
    expect(parseUrlState('?sections=softmax&exercise=ch3.6-1').state.exercise).toBe('ch3.6-1');
  });

  it('stays in the address the page writes', () => {
    const url = pageToUrl({
      playground: DEFAULT_PLAYGROUND,
      lang: 'en',
      langInUrl: false,
      train: {},
      sections: ['softmax'],
      presenter: false,
      exercise: 'double-tau',
    });
    expect(url.exercise).toBe('double-tau');
  });
});
