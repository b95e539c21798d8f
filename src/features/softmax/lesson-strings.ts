import { defineMessages } from '@/ui/i18n';

/** The lesson's prose: short textbook paragraphs. */
export const lessonMessages = defineMessages(
  {
    stableWhy:
      'Why subtract the maximum? In 64-bit floating point exp(z) overflows to Infinity once z passes about 709.78; in 32-bit, the format training runs in, already past 88.72. After subtracting m every exponent is at most 0, so every exponential lies in (0, 1], the largest is exactly 1, and the sum lies between 1 and n: nothing can overflow, and the denominator is never 0.',
    temperatureWhy:
      'Dividing the logits by τ before the softmax sets how sure the distribution is. A small τ magnifies the differences between logits and sharpens the distribution; a large τ shrinks them and flattens it. The order of the classes never changes, so neither does the argmax.',
    lseWhy:
      'LSE(z) = log Σₖ exp(zₖ) is a smooth maximum. It is never below max z, because the sum contains exp(max z), and never above max z + log n. With a temperature, τ · LSE(z/τ) approaches max z as τ → 0. Note also that log ŷⱼ = zⱼ − LSE(z).',
    overflowWhy: (limit64: string, limit32: string) =>
      `With the checkbox cleared, the playground uses the formula exactly as written. exp(x) overflows to Infinity once x passes the log of the largest number the format can hold: ${limit64} in 64-bit floating point, JavaScript’s numbers, but only ${limit32} in 32-bit, the format training runs in (TensorFlow.js here, PyTorch in the lecture). For the logits 1000, 999 and 0, exp(1000) and exp(999) overflow in either format, the denominator is Infinity, and Infinity / Infinity is NaN, “not a number”. The logits 89, 0 and 0 are harmless in 64-bit and already overflow in 32-bit. The stable form subtracts the largest logit first, so no exponent is above 0: for 1000, 999 and 0 it computes exp(0), exp(−1) and exp(−1000) and gets 0.7311, 0.2689 and 0.0000, in either format.`,
    exerciseTitle: 'Exercise',
    exp50Question:
      'What is exp(50)? Estimate it before you reveal the answer. A hint: eˣ = 10^(x · log₁₀ e), and log₁₀ e ≈ 0.4343. Then: does it fit in a 64-bit float? In a 32-bit one? Type numbers such as 5e21.',
    yourAnswer: 'your answer',
    reveal: 'reveal',
    exp50Value: 'exp(50) =',
    fitsIn: (format: string, largest: string, threshold: string) =>
      `fits in ${format}: the largest number is ${largest}, and exp(x) overflows only past x = ${threshold}.`,
    overflowsIn: (format: string, largest: string, threshold: string) =>
      `overflows ${format}: the largest number is ${largest}, and exp(x) overflows past x = ${threshold}.`,
    guessClose: (guess: string) => `Your answer ${guess} is within 5 %. Well estimated.`,
    guessSameOrder: (guess: string) => `Your answer ${guess} has the right order of magnitude (within a factor of 10).`,
    guessOff: (guess: string, orders: string) => `Your answer ${guess} is off by about ${orders} powers of ten.`,
    guessNotPositive: (guess: string) => `Your answer ${guess} cannot be right: eˣ is always positive.`,
    noGuess: 'You revealed without an answer; next time, estimate first.',
    shiftWhy:
      'Adding the same constant c to every logit leaves the probabilities unchanged, because the factor eᶜ cancels. The stable form is this identity with c = −max z.',
    sigmoidWhy:
      'With two classes the softmax depends only on the difference of the logits. Dividing the numerator and the denominator by exp(z₁) gives the sigmoid σ(x) = 1 / (1 + exp(−x)): this is logistic regression.',
  },
  {
    stableWhy:
      '왜 최댓값을 뺄까요? 64비트 부동소수점에서 exp(z)는 z가 약 709.78을 넘으면 Infinity로 넘칩니다(오버플로). 학습에 쓰는 32비트 부동소수점에서는 88.72만 넘어도 넘칩니다. m을 빼면 모든 지수가 0 이하가 되므로 각 지수 함수 값은 (0, 1] 안에 있고, 가장 큰 값은 정확히 1이며, 합은 1과 n 사이입니다. 따라서 넘칠 일이 없고 분모가 0이 될 일도 없습니다.',
    temperatureWhy:
      '소프트맥스에 넣기 전에 로짓을 τ로 나누면 분포가 얼마나 확신하는지를 조절할 수 있습니다. τ가 작으면 로짓 사이의 차이가 커져 분포가 뾰족해지고, τ가 크면 차이가 줄어 분포가 평평해집니다. 클래스의 순서는 바뀌지 않으므로 argmax도 그대로입니다.',
    lseWhy:
      'LSE(z) = log Σₖ exp(zₖ)는 부드러운 최댓값입니다. 합 안에 exp(max z)가 들어 있으므로 max z보다 작을 수 없고, max z + log n보다 클 수도 없습니다. 온도를 넣으면 τ → 0일 때 τ · LSE(z/τ)가 max z에 다가갑니다. 또한 log ŷⱼ = zⱼ − LSE(z)입니다.',
    overflowWhy: (limit64: string, limit32: string) =>
      `체크를 해제하면 공식을 쓰인 그대로 계산합니다. exp(x)는 x가 그 형식으로 나타낼 수 있는 가장 큰 수의 로그를 넘는 순간 Infinity로 넘칩니다(오버플로). 자바스크립트의 수인 64비트 부동소수점에서는 그 값이 ${limit64}이지만, 학습에 쓰는 32비트 부동소수점(여기서는 TensorFlow.js, 강의에서는 PyTorch)에서는 ${limit32}밖에 되지 않습니다. 로짓이 1000, 999, 0이면 어느 형식에서든 exp(1000)과 exp(999)가 Infinity로 넘치고, 분모도 Infinity가 되어 Infinity / Infinity = NaN(“숫자가 아님”)이 됩니다. 로짓 89, 0, 0은 64비트에서는 아무 문제가 없지만 32비트에서는 벌써 넘칩니다. 안정적인 형태는 가장 큰 로짓을 먼저 빼므로 지수가 0을 넘는 일이 없습니다. 1000, 999, 0이면 exp(0), exp(−1), exp(−1000)을 계산해 어느 형식에서든 0.7311, 0.2689, 0.0000을 얻습니다.`,
    exerciseTitle: '연습 문제',
    exp50Question:
      'exp(50)은 얼마일까요? 답을 보기 전에 먼저 어림해 보세요. 힌트: eˣ = 10^(x · log₁₀ e)이고 log₁₀ e ≈ 0.4343입니다. 그리고 이 값은 64비트 부동소수점에 담길까요? 32비트에는요? 5e21처럼 입력하면 됩니다.',
    yourAnswer: '내 답',
    reveal: '답 보기',
    exp50Value: 'exp(50) =',
    fitsIn: (format: string, largest: string, threshold: string) =>
      `${format}에 담깁니다. 가장 큰 수가 ${largest}이므로 x가 ${threshold}을(를) 넘어야 exp(x)가 넘칩니다.`,
    overflowsIn: (format: string, largest: string, threshold: string) =>
      `${format}에서는 넘칩니다. 가장 큰 수가 ${largest}이므로 x가 ${threshold}을(를) 넘으면 exp(x)가 넘칩니다.`,
    guessClose: (guess: string) => `입력한 답 ${guess}은(는) 5 % 안으로 맞았습니다. 잘 어림했습니다.`,
    guessSameOrder: (guess: string) => `입력한 답 ${guess}은(는) 자릿수가 맞습니다(10배 이내).`,
    guessOff: (guess: string, orders: string) => `입력한 답 ${guess}은(는) 자릿수로 약 ${orders}자리 차이가 납니다.`,
    guessNotPositive: (guess: string) => `입력한 답 ${guess}은(는) 답일 수 없습니다. eˣ는 언제나 양수입니다.`,
    noGuess: '답을 입력하지 않고 열었습니다. 다음에는 먼저 어림해 보세요.',
    shiftWhy:
      '모든 로짓에 같은 상수 c를 더해도 확률은 바뀌지 않습니다. 분자와 분모의 eᶜ가 약분되기 때문입니다. 안정적인 형태는 c = −max z로 둔 바로 이 등식입니다.',
    sigmoidWhy:
      '클래스가 둘이면 소프트맥스는 두 로짓의 차이에만 의존합니다. 분자와 분모를 exp(z₁)로 나누면 시그모이드 σ(x) = 1 / (1 + exp(−x))가 나옵니다. 이것이 로지스틱 회귀입니다.',
  },
);
