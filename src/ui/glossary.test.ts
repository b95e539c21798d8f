import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryViolations, type GlossaryEntry } from './glossary';
import { LANGS, type MessageTable, type Messages } from './i18n';

/**
 * Every Korean message uses the glossary's one term per concept. The tables are
 * found as strings-parity.test.ts finds them (every *strings.ts, every exported
 * defineMessages table); each message is checked as it renders, and each file's
 * source as well, since messages that look their argument up in a record (a
 * status, a section name) render nothing for sample arguments.
 */
const modules = import.meta.glob<Record<string, unknown>>('/src/**/*strings.ts', { eager: true });
const sources = import.meta.glob<string>('/src/**/*strings.ts', { eager: true, query: '?raw', import: 'default' });

const isTable = (value: unknown): value is MessageTable<Messages> =>
  typeof value === 'object' && value !== null && LANGS.every((lang) => lang in value);

const tables = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isTable(value))
    .map(([name, value]) => ({ where: `${path} ${name}`, table: value as MessageTable<Messages> })),
);

const sampleArgs = (length: number): never[][] => [
  Array.from({ length: Math.max(length, 3) }, (_, i) => (i % 2 === 0 ? '1' : 2) as never),
  Array.from({ length: Math.max(length, 3) }, () => true as never),
  Array.from({ length: Math.max(length, 3) }, () => false as never),
];

/** Every Korean text of a table: its strings, and its functions rendered with sample arguments. */
function koreanTexts(table: MessageTable<Messages>): { key: string; text: string }[] {
  return Object.entries(table.ko).flatMap(([key, message]) => {
    if (typeof message === 'string') return [{ key, text: message }];
    return sampleArgs(message.length).flatMap((args) => {
      try {
        const text: unknown = (message as (...a: never[]) => unknown)(...args);
        return typeof text === 'string' ? [{ key, text }] : [];
      } catch {
        return [];
      }
    });
  });
}

const allKorean = tables.flatMap(({ where, table }) => koreanTexts(table).map((t) => ({ where, ...t })));

describe('glossaryViolations', () => {
  it('finds a forbidden variant and names the term to use', () => {
    expect(glossaryViolations('10 에폭 뒤')).toEqual([{ concept: 'epoch', found: '에폭', use: '에포크' }]);
    expect(glossaryViolations('실제 클래스와 흑백 이미지')).toEqual([
      { concept: 'trueClass', found: '실제 클래스', use: '정답 클래스' },
      { concept: 'grayscale', found: '흑백', use: '회색조' },
    ]);
  });

  it('allows the gloss that introduces a term, and nothing else of it', () => {
    expect(glossaryViolations('교차 엔트로피(크로스 엔트로피)는')).toEqual([]);
    expect(glossaryViolations('크로스 엔트로피는')).toHaveLength(1);
    expect(glossaryViolations('에포크, 스텝, 학습률, 훈련 세트, 정답 클래스, 회색조')).toEqual([]);
  });

  it('every entry is consistent: no term is its own forbidden variant, and a gloss contains its term', () => {
    for (const entry of Object.values(GLOSSARY) as GlossaryEntry[]) {
      for (const variant of entry.avoid) expect(entry.ko.includes(variant), `${entry.ko} contains ${variant}`).toBe(false);
      if (entry.gloss) expect(entry.gloss.startsWith(entry.ko)).toBe(true);
    }
  });
});

describe('Korean strings use the glossary', () => {
  it('finds the tables and their sources', () => {
    expect(tables.map((t) => t.where)).toContain('/src/app/strings.ts appMessages');
    expect(tables.map((t) => t.where)).toContain('/src/features/cross-entropy/strings.ts ceMessages');
    expect(allKorean.length).toBeGreaterThan(300);
    expect(Object.keys(sources)).toContain('/src/features/training/strings.ts');
  });

  it('no Korean message uses a forbidden variant', () => {
    const problems = allKorean.flatMap(({ where, key, text }) =>
      glossaryViolations(text).map((v) => `${where} ${key}: “${v.found}”, use “${v.use}”`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('no strings file holds a forbidden variant anywhere (records looked up by key included)', () => {
    const problems = Object.entries(sources).flatMap(([path, source]) =>
      source
        .split('\n')
        .flatMap((line, i) => glossaryViolations(line).map((v) => `${path}:${i + 1}: “${v.found}”, use “${v.use}”`)),
    );
    expect(problems).toEqual([]);
  });

  it('each gloss is given where its term is introduced', () => {
    const everything = [...allKorean.map((t) => t.text), ...Object.values(sources)].join('\n');
    const missing = (Object.values(GLOSSARY) as GlossaryEntry[]).flatMap((entry) =>
      entry.gloss && !everything.includes(entry.gloss) ? [entry.gloss] : [],
    );
    expect(missing).toEqual([]);
  });
});
