/**
 * One Korean term per concept, across every lesson: the lecture's words (Dive into
 * Deep Learning, Korean edition) where it has good ones. The strings import the
 * terms where a label is the term itself; glossary.test.ts fails when any Korean
 * message uses a word listed in `avoid`.
 *
 * Where students meet another word in the lecture's machine translation or in
 * other texts, `gloss` gives it once in parentheses, at the term's first mention.
 */
export interface GlossaryEntry {
  /** The Korean term the app uses. */
  readonly ko: string;
  readonly en: string;
  /** Other words for the same concept that no Korean string may use. */
  readonly avoid: readonly string[];
  /** What to write instead of a variant, where it is more than the term itself (학습 손실 → 훈련 손실). */
  readonly instead?: Readonly<Record<string, string>>;
  /** The term with the other name students meet, written once where the term is introduced. */
  readonly gloss?: string;
}

export const GLOSSARY = {
  /** A lesson of this app: the navigation, the links between lessons, the prose. */
  lesson: { ko: '단원', en: 'lesson', avoid: ['섹션', '레슨', '플레이그라운드', '실습'] },
  epoch: { ko: '에포크', en: 'epoch', avoid: ['에폭', '에포치'] },
  /** One update of the parameters (a gradient step, a minibatch step). */
  step: { ko: '스텝', en: 'step', avoid: ['걸음'] },
  /** η, also where a lesson calls it the step size. */
  learningRate: { ko: '학습률', en: 'learning rate', avoid: ['보폭', '학습 속도', '스텝 크기'] },
  /** The data the model learns from; 학습 is the act of learning (학습률, 학습 시작). */
  trainingSet: {
    ko: '훈련 세트',
    en: 'training set',
    avoid: ['학습 세트', '학습 이미지', '학습 데이터', '학습 손실', '학습 정확도', '트레이닝 세트'],
    instead: { '학습 이미지': '훈련 이미지', '학습 데이터': '훈련 데이터', '학습 손실': '훈련 손실', '학습 정확도': '훈련 정확도' },
  },
  trueClass: { ko: '정답 클래스', en: 'true class', avoid: ['실제 클래스', '참 클래스', '진짜 클래스'] },
  grayscale: { ko: '회색조', en: 'grayscale', avoid: ['흑백', '그레이스케일'] },
  logit: { ko: '로짓', en: 'logit', avoid: ['로지트'] },
  softmax: { ko: '소프트맥스', en: 'softmax', avoid: ['소프트 맥스'] },
  oneHot: { ko: '원-핫 벡터', en: 'one-hot vector', avoid: ['원핫', '원 핫', '단일 핫'] },
  crossEntropy: {
    ko: '교차 엔트로피',
    en: 'cross-entropy',
    gloss: '교차 엔트로피(크로스 엔트로피)',
    avoid: ['크로스 엔트로피', '크로스엔트로피', '교차엔트로피'],
  },
  gradient: { ko: '기울기', en: 'gradient', gloss: '기울기(그래디언트)', avoid: ['그래디언트', '그라디언트', '그라데이션', '경사도'] },
  gradientDescent: { ko: '경사 하강법', en: 'gradient descent', avoid: ['경사하강', '그래디언트 디센트'] },
  /** −log p of an outcome. */
  surprisal: { ko: '정보량', en: 'surprisal', gloss: '정보량(놀람도)', avoid: ['놀라움', '서프라이절'] },
  nat: { ko: '내트', en: 'nat', gloss: '내트(nat)', avoid: ['네이트', '나트'] },
  likelihood: { ko: '우도', en: 'likelihood', avoid: ['가능도'] },
  label: { ko: '레이블', en: 'label', avoid: ['라벨'] },
  bias: { ko: '편향', en: 'bias', avoid: ['바이어스'] },
  weightDecay: { ko: '가중치 감쇠', en: 'weight decay', avoid: ['가중치 감소'] },
  confusionMatrix: { ko: '혼동 행렬', en: 'confusion matrix', avoid: ['오차 행렬'] },
  minibatch: { ko: '미니배치', en: 'minibatch', avoid: ['미니 배치'] },
  dataset: { ko: '데이터셋', en: 'dataset', avoid: ['데이터 세트'] },
  klDivergence: { ko: 'KL 발산', en: 'KL divergence', avoid: ['KL 다이버전스'] },
} as const satisfies Record<string, GlossaryEntry>;

export type Concept = keyof typeof GLOSSARY;

/** The Korean term of a concept. */
export const term = <C extends Concept>(concept: C): (typeof GLOSSARY)[C]['ko'] => GLOSSARY[concept].ko;

/** A forbidden variant found in a Korean text. */
export interface GlossaryViolation {
  concept: Concept;
  found: string;
  use: string;
}

/**
 * The forbidden variants in a Korean text, the glosses (written on purpose)
 * taken out first: "교차 엔트로피(크로스 엔트로피)" is the one place 크로스 엔트로피 may stand.
 */
export function glossaryViolations(text: string): GlossaryViolation[] {
  let rest = text;
  for (const entry of Object.values(GLOSSARY) as GlossaryEntry[]) {
    if (entry.gloss) rest = rest.split(entry.gloss).join(entry.ko);
  }
  const found: GlossaryViolation[] = [];
  for (const [concept, entry] of Object.entries(GLOSSARY) as [Concept, GlossaryEntry][]) {
    for (const variant of entry.avoid) {
      if (rest.includes(variant)) found.push({ concept, found: variant, use: entry.instead?.[variant] ?? entry.ko });
    }
  }
  return found;
}
