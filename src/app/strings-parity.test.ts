import { describe, expect, it } from 'vitest';
import { LANGS, type MessageTable, type Messages } from '@/ui/i18n';

/**
 * Every module keeps its strings in a `strings.ts` (defineMessages). The
 * compiler already checks the shapes of each table; this test also catches
 * tables built around the compiler (casts, spreads) and empty messages, for
 * every strings.ts that exists now or is added later.
 */
// `*strings.ts` also takes in split tables such as lesson-strings.ts.
const modules = import.meta.glob<Record<string, unknown>>('/src/**/*strings.ts', { eager: true });

const isTable = (value: unknown): value is MessageTable<Messages> =>
  typeof value === 'object' && value !== null && LANGS.every((lang) => lang in value);

const tables = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isTable(value))
    .map(([name, value]) => ({ where: `${path} ${name}`, table: value as MessageTable<Messages> })),
);

/** Sample arguments for a message function: strings and numbers both render. */
const sampleArgs = (fn: (...args: never[]) => string): never[] =>
  Array.from({ length: Math.max(fn.length, 3) }, (_, i) => (i % 2 === 0 ? '1' : 2) as never);

describe('strings.ts parity between English and Korean', () => {
  it('finds the tables', () => {
    expect(tables.map((t) => t.where)).toContain('/src/app/strings.ts appMessages');
    expect(tables.map((t) => t.where)).toContain('/src/ui/strings.ts uiMessages');
  });

  for (const { where, table } of tables) {
    describe(where, () => {
      it('has the same keys in both languages', () => {
        expect(Object.keys(table.ko).sort()).toEqual(Object.keys(table.en).sort());
      });

      it('has the same shape for each key, and no empty message', () => {
        const problems: string[] = [];
        for (const key of new Set([...Object.keys(table.en), ...Object.keys(table.ko)])) {
          const en = table.en[key];
          const ko = table.ko[key];
          if (typeof en !== typeof ko) {
            problems.push(`${key}: ${typeof en} in en, ${typeof ko} in ko`);
            continue;
          }
          for (const [lang, message] of [['en', en], ['ko', ko]] as const) {
            if (typeof message === 'string') {
              if (message.trim() === '') problems.push(`${key} (${lang}) is empty`);
            } else if (typeof message === 'function') {
              let text: unknown;
              try {
                text = message(...sampleArgs(message));
              } catch {
                continue;
              }
              // Messages that look their argument up in a table (a section id, a
              // class) give undefined for sample arguments; only text can be empty.
              if (typeof text === 'string' && text.trim() === '') problems.push(`${key} (${lang}) renders empty`);
            } else {
              problems.push(`${key} (${lang}) is neither a string nor a function`);
            }
          }
          if (typeof en === 'function' && typeof ko === 'function' && en.length !== ko.length) {
            problems.push(`${key}: takes ${en.length} arguments in en, ${ko.length} in ko`);
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
