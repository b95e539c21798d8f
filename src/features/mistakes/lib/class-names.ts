import { FASHION_MNIST_CLASSES } from '@/data/classes';
import type { Lang } from '@/ui/i18n';

/** A Fashion-MNIST class name in the current language; "class k" past the ten known classes. */
export function fashionClassName(index: number, lang: Lang): string {
  const entry = FASHION_MNIST_CLASSES[index];
  if (entry) return entry[lang];
  return lang === 'ko' ? `클래스 ${index}` : `class ${index}`;
}
