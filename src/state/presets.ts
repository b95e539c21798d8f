import type { Lang } from '@/ui/i18n';
import { FASHION_MNIST_CLASSES } from '@/data/classes';

/** Class-name presets for the playground, in both languages. */
export const PRESET_IDS = ['fashion', 'animals', 'rps'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Record<PresetId, { en: string[]; ko: string[] }> = {
  fashion: {
    en: FASHION_MNIST_CLASSES.map((c) => c.en),
    ko: FASHION_MNIST_CLASSES.map((c) => c.ko),
  },
  animals: { en: ['cat', 'chicken', 'dog'], ko: ['고양이', '닭', '개'] },
  // The lecture's order: 가위, 바위, 보.
  rps: { en: ['scissors', 'rock', 'paper'], ko: ['가위', '바위', '보'] },
};

export const isPresetId = (value: unknown): value is PresetId => PRESET_IDS.includes(value as PresetId);

/** Names for `count` classes from a preset; classes past the preset's end get "class k". */
export function presetNames(id: PresetId, lang: Lang, count: number): string[] {
  const names = PRESETS[id][lang];
  return Array.from({ length: count }, (_, j) => names[j] ?? genericClassName(j, lang));
}

export const genericClassName = (index: number, lang: Lang): string =>
  lang === 'ko' ? `클래스 ${index + 1}` : `class ${index + 1}`;
