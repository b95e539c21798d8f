import { defineMessages } from '@/ui/i18n';

/** The lesson's prose, short textbook paragraphs, and the network diagram's labels. */
export const lessonMessages = defineMessages(
  {
    stableWhy:
      'Why subtract the maximum? In 64-bit floating point exp(z) overflows to Infinity once z passes about 709. After subtracting m every exponent is at most 0, so every exponential lies in (0, 1], the largest is exactly 1, and the sum lies between 1 and n: nothing can overflow, and the denominator is never 0.',
    temperatureWhy:
      'Dividing the logits by τ before the softmax sets how sure the distribution is. A small τ magnifies the differences between logits and sharpens the distribution; a large τ shrinks them and flattens it. The order of the classes never changes, so neither does the argmax.',
    lseWhy:
      'LSE(z) = log Σₖ exp(zₖ) is a smooth maximum. It is never below max z, because the sum contains exp(max z), and never above max z + log n. With a temperature, τ · LSE(z/τ) approaches max z as τ → 0. Note also that log ŷⱼ = zⱼ − LSE(z).',
    overflowWhy:
      'With the checkbox cleared, the playground uses the formula exactly as written. For the logits 1000, 999 and 0, exp(1000) and exp(999) overflow to Infinity, the denominator is Infinity, and Infinity / Infinity is NaN, “not a number”. The stable form subtracts 1000 first, computes exp(0), exp(−1) and exp(−1000), and gets 0.7311, 0.2689 and 0.0000.',
    overflowExercise:
      'Exercise: what is exp(50)? About 5.18 × 10²¹, still representable. exp(710) is not: it is past the largest 64-bit float, about 1.8 × 10³⁰⁸.',
    shiftWhy:
      'Adding the same constant c to every logit leaves the probabilities unchanged, because the factor eᶜ cancels. The stable form is this identity with c = −max z.',
    sigmoidWhy:
      'With two classes the softmax depends only on the difference of the logits. Dividing the numerator and the denominator by exp(z₁) gives the sigmoid σ(x) = 1 / (1 + exp(−x)): this is logistic regression.',
    networkHeading: 'Where logits come from: o = Wx + b',
    networkWhy:
      'Softmax regression is a single-layer, fully connected network. In the textbook’s small example a 2 × 2 grey image gives four pixel values x₁ … x₄. Each of the three outputs is a weighted sum of all four pixels plus a bias, oᵢ = Σⱼ wᵢⱼ xⱼ + bᵢ: 12 weights and 3 biases. Those outputs are the logits.',
    useNetwork: 'take the logits from this network',
    imageLabel: '2 × 2 input image',
    pixel: (j: number) => `pixel ${j}`,
    pixelsHeading: 'Pixels (0 = black, 1 = white)',
    weightsHeading: 'Weights W and biases b',
    weight: (j: number, output: string) => `weight from pixel ${j} to ${output}`,
    bias: (output: string) => `bias of ${output}`,
    colOutput: 'output',
    colBias: 'b',
    diagramLabel: (pixels: string, outputs: string) =>
      `Network diagram: the pixels ${pixels} each connect to every output; the outputs are ${outputs}. Blue lines are positive weights, red negative, thicker is larger.`,
  },
  {
    stableWhy:
      '왜 최댓값을 뺄까요? 64비트 부동소수점에서 exp(z)는 z가 약 709를 넘으면 Infinity로 넘칩니다(오버플로). m을 빼면 모든 지수가 0 이하가 되므로 각 지수 함수 값은 (0, 1] 안에 있고, 가장 큰 값은 정확히 1이며, 합은 1과 n 사이입니다. 따라서 넘칠 일이 없고 분모가 0이 될 일도 없습니다.',
    temperatureWhy:
      '소프트맥스에 넣기 전에 로짓을 τ로 나누면 분포가 얼마나 확신하는지를 조절할 수 있습니다. τ가 작으면 로짓 사이의 차이가 커져 분포가 뾰족해지고, τ가 크면 차이가 줄어 분포가 평평해집니다. 클래스의 순서는 바뀌지 않으므로 argmax도 그대로입니다.',
    lseWhy:
      'LSE(z) = log Σₖ exp(zₖ)는 부드러운 최댓값입니다. 합 안에 exp(max z)가 들어 있으므로 max z보다 작을 수 없고, max z + log n보다 클 수도 없습니다. 온도를 넣으면 τ → 0일 때 τ · LSE(z/τ)가 max z에 다가갑니다. 또한 log ŷⱼ = zⱼ − LSE(z)입니다.',
    overflowWhy:
      '체크를 해제하면 공식을 쓰인 그대로 계산합니다. 로짓이 1000, 999, 0이면 exp(1000)과 exp(999)가 Infinity로 넘치고, 분모도 Infinity가 되어 Infinity / Infinity = NaN(“숫자가 아님”)이 됩니다. 안정적인 형태는 먼저 1000을 빼서 exp(0), exp(−1), exp(−1000)을 계산하므로 0.7311, 0.2689, 0.0000이라는 올바른 답을 얻습니다.',
    overflowExercise:
      '연습 문제: exp(50)은 얼마일까요? 약 5.18 × 10²¹로 아직 표현할 수 있습니다. exp(710)은 64비트 부동소수점의 최댓값(약 1.8 × 10³⁰⁸)을 넘어 표현할 수 없습니다.',
    shiftWhy:
      '모든 로짓에 같은 상수 c를 더해도 확률은 바뀌지 않습니다. 분자와 분모의 eᶜ가 약분되기 때문입니다. 안정적인 형태는 c = −max z로 둔 바로 이 등식입니다.',
    sigmoidWhy:
      '클래스가 둘이면 소프트맥스는 두 로짓의 차이에만 의존합니다. 분자와 분모를 exp(z₁)로 나누면 시그모이드 σ(x) = 1 / (1 + exp(−x))가 나옵니다. 이것이 로지스틱 회귀입니다.',
    networkHeading: '로짓은 어디서 오는가: o = Wx + b',
    networkWhy:
      '소프트맥스 회귀는 층이 하나인 완전 연결 신경망입니다. 교재의 작은 예에서는 2 × 2 회색조 이미지가 픽셀 값 네 개 x₁ … x₄를 줍니다. 세 출력은 각각 네 픽셀의 가중합에 편향을 더한 것, 즉 oᵢ = Σⱼ wᵢⱼ xⱼ + bᵢ이며, 가중치 12개와 편향 3개가 있습니다. 이 출력이 바로 로짓입니다.',
    useNetwork: '이 신경망의 출력을 로짓으로 쓰기',
    imageLabel: '2 × 2 입력 이미지',
    pixel: (j: number) => `픽셀 ${j}`,
    pixelsHeading: '픽셀(0 = 검정, 1 = 흰색)',
    weightsHeading: '가중치 W와 편향 b',
    weight: (j: number, output: string) => `픽셀 ${j}에서 ${output}(으)로 가는 가중치`,
    bias: (output: string) => `${output}의 편향`,
    colOutput: '출력',
    colBias: 'b',
    diagramLabel: (pixels: string, outputs: string) =>
      `신경망 그림: 픽셀 ${pixels}가 각각 모든 출력에 연결됩니다. 출력은 ${outputs}입니다. 파란 선은 양의 가중치, 빨간 선은 음의 가중치이고, 굵을수록 절댓값이 큽니다.`,
  },
);
