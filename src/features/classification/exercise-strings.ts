import { defineMessages } from '@/ui/i18n';

/** The classification lesson's exercise. */
export const classificationExerciseMessages = defineMessages(
  {
    question: (first: string, last: string, q: number, integerDistance: number) =>
      `With integer labels 1 to ${q}, ${first} (1) and ${last} (${q}) are ${integerDistance} apart, but neighbours only 1. Written as one-hot vectors, how far apart are the labels of ${first} and ${last} (the Euclidean distance ‖y − y′‖)?`,
    answer: (first: string, last: string, firstVector: string, lastVector: string, distance: string) =>
      `${first} is ${firstVector} and ${last} is ${lastVector}. They differ in two entries, by 1 each: ‖y − y′‖ = √(1² + 1²) = √2 ≈ ${distance}. The same holds for every pair of different classes, so the labels claim no order and no nearness that the classes do not have.`,
    integerContrast: (first: string, last: string, integerDistance: number) =>
      `Integer labels would tell a model fitting them by regression that ${last} is ${integerDistance} times as far from ${first} as the next class is.`,
    set: (first: string) => `The label panel below now shows the distances from ${first}.`,
  },
  {
    question: (first: string, last: string, q: number, integerDistance: number) =>
      `정수 레이블 1부터 ${q}까지로 쓰면 ${first}(1)와 ${last}(${q})는 ${integerDistance}만큼, 이웃한 클래스끼리는 1만큼 떨어져 있습니다. 원-핫 벡터로 쓰면 ${first}와 ${last}의 레이블은 얼마나 떨어져 있을까요(유클리드 거리 ‖y − y′‖)?`,
    answer: (first: string, last: string, firstVector: string, lastVector: string, distance: string) =>
      `${first}는 ${firstVector}, ${last}는 ${lastVector}입니다. 두 성분이 각각 1씩 다르므로 ‖y − y′‖ = √(1² + 1²) = √2 ≈ ${distance}입니다. 서로 다른 클래스라면 어느 쌍이든 마찬가지이므로, 원-핫 레이블은 클래스에 없는 순서나 가까움을 주장하지 않습니다.`,
    integerContrast: (first: string, last: string, integerDistance: number) =>
      `정수 레이블을 회귀로 맞추는 모델은 ${last}가 ${first}에서 바로 옆 클래스보다 ${integerDistance}배 멀다고 배우게 됩니다.`,
    set: (first: string) => `아래 레이블 패널이 이제 ${first}에서 잰 거리를 보여 줍니다.`,
  },
);
