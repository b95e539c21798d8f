import { createContext, useContext } from 'react';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** A message is a string or a function of its parameters that returns one. */
export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;
export type MessageTable<M extends Messages> = Readonly<Record<Lang, M>>;

/**
 * Declares one module's strings in both languages. The Korean table must have
 * exactly the English table's keys and message shapes (checked by the compiler,
 * and by the parity test over every `strings.ts`).
 */
export function defineMessages<M extends Messages>(en: M, ko: { [K in keyof M]: M[K] }): MessageTable<M> {
  return { en, ko: ko as M };
}

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The current language's messages of one table. */
export function useMessages<M extends Messages>(table: MessageTable<M>): M {
  return table[useLang()];
}
