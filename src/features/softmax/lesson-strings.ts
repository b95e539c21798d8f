import { defineMessages } from '@/ui/i18n';

/** The lesson's prose: short textbook paragraphs. */
export const lessonMessages = defineMessages(
  {
    stableWhy:
      'Why subtract the maximum? In 64-bit floating point exp(x) overflows to Infinity once x passes about 709.78; in 32-bit, the format training runs in, already past 88.72. After subtracting m every exponent is at most 0, so every exponential lies in (0, 1], the largest is exactly 1, and the sum lies between 1 and q, the number of classes: nothing can overflow, and the denominator is never 0.',
    temperatureWhy:
      'Dividing the logits by τ before the softmax sets how peaked the distribution is, how sure of itself. A small τ magnifies the differences between logits and sharpens the distribution; a large τ shrinks them and flattens it. The order of the classes never changes, so neither does the argmax.',
    lseWhy:
      'LSE(o) = log Σₖ exp(oₖ) is a smooth maximum. It is never below max o, because the sum contains exp(max o), and never above max o + log q, q being the number of classes. With a temperature, τ · LSE(o/τ) approaches max o as τ → 0. Note also that log ŷⱼ = oⱼ − LSE(o).',
    overflowWhy: (limit64: string, limit32: string) =>
      `With the checkbox cleared, the playground uses the formula exactly as written. exp(x) overflows to Infinity once x passes the log of the largest number the format can hold: ${limit64} in 64-bit floating point, JavaScript’s numbers, but only ${limit32} in 32-bit, the format training runs in (TensorFlow.js here, PyTorch in the lecture). For the logits 1000, 999 and 0, exp(1000) and exp(999) overflow in either format, the denominator is Infinity, and Infinity / Infinity is NaN, “not a number”. The logits 89, 0 and 0 are harmless in 64-bit and already overflow in 32-bit. The stable form subtracts the largest logit first, so no exponent is above 0: for 1000, 999 and 0 it computes exp(0), exp(−1) and exp(−1000) and gets 0.7311, 0.2689 and 0.0000, in either format.`,
    shiftWhy:
      'Adding the same constant c to every logit leaves the probabilities unchanged, because the factor eᶜ cancels. The stable form is this identity with c = −max o.',
    sigmoidWhy:
      'With two classes the softmax depends only on the difference of the logits. Dividing the numerator and the denominator by exp(o₁) gives the sigmoid σ(x) = 1 / (1 + exp(−x)): this is logistic regression.',
  },
  {
    stableWhy:
      '왜 최댓값을 뺄까요? 64비트 부동소수점에서 exp(x)는 x가 약 709.78을 넘으면 Infinity로 넘칩니다(오버플로). 학습에 쓰는 32비트 부동소수점에서는 88.72만 넘어도 넘칩니다. m을 빼면 모든 지수가 0 이하가 되므로 각 지수 함수 값은 (0, 1] 안에 있고, 가장 큰 값은 정확히 1이며, 합은 1과 클래스 수 q 사이입니다. 따라서 넘칠 일이 없고 분모가 0이 될 일도 없습니다.',
    temperatureWhy:
      '소프트맥스에 넣기 전에 로짓을 τ로 나누면 분포가 얼마나 뾰족한지(확신의 정도)를 조절할 수 있습니다. τ가 작으면 로짓 사이의 차이가 커져 분포가 뾰족해지고, τ가 크면 차이가 줄어 분포가 평평해집니다. 클래스의 순서는 바뀌지 않으므로 argmax도 그대로입니다.',
    lseWhy:
      'LSE(o) = log Σₖ exp(oₖ)는 부드러운 최댓값입니다. 합 안에 exp(max o)가 들어 있으므로 max o보다 작을 수 없고, q가 클래스 수일 때 max o + log q보다 클 수도 없습니다. 온도를 넣으면 τ → 0일 때 τ · LSE(o/τ)가 max o에 다가갑니다. 또한 log ŷⱼ = oⱼ − LSE(o)입니다.',
    overflowWhy: (limit64: string, limit32: string) =>
      `체크를 해제하면 공식을 쓰인 그대로 계산합니다. exp(x)는 x가 그 형식으로 나타낼 수 있는 가장 큰 수의 로그를 넘는 순간 Infinity로 넘칩니다(오버플로). 자바스크립트의 수인 64비트 부동소수점에서는 그 값이 ${limit64}이지만, 학습에 쓰는 32비트 부동소수점(여기서는 TensorFlow.js, 강의에서는 PyTorch)에서는 ${limit32}밖에 되지 않습니다. 로짓이 1000, 999, 0이면 어느 형식에서든 exp(1000)과 exp(999)가 Infinity로 넘치고, 분모도 Infinity가 되어 Infinity / Infinity = NaN(“숫자가 아님”)이 됩니다. 로짓 89, 0, 0은 64비트에서는 아무 문제가 없지만 32비트에서는 벌써 넘칩니다. 안정적인 형태는 가장 큰 로짓을 먼저 빼므로 지수가 0을 넘는 일이 없습니다. 1000, 999, 0이면 exp(0), exp(−1), exp(−1000)을 계산해 어느 형식에서든 0.7311, 0.2689, 0.0000을 얻습니다.`,
    shiftWhy:
      '모든 로짓에 같은 상수 c를 더해도 확률은 바뀌지 않습니다. 분자와 분모의 eᶜ가 약분되기 때문입니다. 안정적인 형태는 c = −max o로 둔 바로 이 등식입니다.',
    sigmoidWhy:
      '클래스가 둘이면 소프트맥스는 두 로짓의 차이에만 의존합니다. 분자와 분모를 exp(o₁)로 나누면 시그모이드 σ(x) = 1 / (1 + exp(−x))가 나옵니다. 이것이 로지스틱 회귀입니다.',
  },
);
