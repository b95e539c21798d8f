import { defineMessages } from '@/ui/i18n';

/** The cross-entropy lesson's exercise questions and explanations. Numbers arrive formatted. */
export const ceExerciseMessages = defineMessages(
  {
    lowQuestion: (name: string) =>
      `The model gives the true class, ${name}, a probability of only 0.01. What is the cross-entropy loss −log ŷ_c, in nats (natural log)?`,
    lowAnswer: (nats: string, bits: string) => `−ln 0.01 = ln 100 = ${nats} nats, or ${bits} bits.`,
    lowCompare: 'For comparison:',
    lowRow: (p: string, nats: string) => `ŷ_c = ${p}: ${nats} nats`,
    lowWhy: 'Each factor of 10 less probability adds ln 10 ≈ 2.3026 nats: the loss grows without bound as ŷ_c → 0, and is 0 only at ŷ_c = 1.',
    lowSet: (logit: string) => `The playground’s true-class logit is now ${logit}, which gives it exactly 0.01; the loss readout above shows the same number.`,
    lowRefused: 'The playground keeps logits within ±1000, so it was left as it was.',
    pushQuestion: (name: string, logits: string) =>
      `The logits are o = ${logits} and the true class is ${name}. One step of gradient descent, o ← o − η (ŷ − y), will…`,
    pushUpTrue: 'raise the true class’s logit and lower every other one',
    pushDownTrue: 'lower the true class’s logit and raise the others',
    pushAllUp: 'raise every logit',
    pushTopOnly: 'change only the largest logit',
    pushAnswer:
      'ŷ_c − 1 is negative for the true class, so the step raises its logit by η (1 − ŷ_c); every other class has ŷ_j − 0 > 0, so each is lowered by η ŷ_j, the most probable wrong class the most. The pushes sum to zero.',
    pushHardest: (name: string) => `Here the wrong class pushed down hardest is ${name}.`,
    colClass: 'class',
    colGrad: 'ŷⱼ − yⱼ',
    colBefore: 'o before',
    colAfter: 'o after (η = 1)',
    pushSet: 'The playground took that step with η = 1: the true class’s probability rose.',
    pushNone: 'Here ŷ = y already, to the last digit: the gradient is 0 and nothing moves.',
    hessianQuestion: (name: string, logits: string) =>
      `For o = ${logits}, what is the second derivative of the cross-entropy, ∂²l/∂o_c², for the true class, ${name}? (Differentiate ∂l/∂o_c = ŷ_c − y_c once more.)`,
    hessianAlgebra:
      'The algebra: ∂l/∂oᵢ = ŷᵢ − yᵢ, and ∂ŷᵢ/∂oⱼ = ŷᵢ(δᵢⱼ − ŷⱼ), so ∂²l/∂oᵢ∂oⱼ = ŷᵢ(δᵢⱼ − ŷⱼ): H = diag(ŷ) − ŷŷᵀ, whatever the label. A one-hot vector Y drawn from ŷ (class k with probability ŷ_k) has E[Y] = ŷ and E[YYᵀ] = diag(ŷ), so Cov[Y] = diag(ŷ) − ŷŷᵀ = H. On the diagonal, ŷⱼ(1 − ŷⱼ) is the variance of a coin that shows j with probability ŷⱼ, at most 0.25.',
    hessianNumbers: (max: string) =>
      `Numerically, for the playground’s logits now: finite differences of the loss itself (step h = 0.001) against the covariance of the one-hot label, all entries within ${max}.`,
    colDiagExact: 'ŷⱼ(1 − ŷⱼ)',
    colDiagNumeric: 'finite difference',
    colVariance: 'Var[Yⱼ]',
    hessianLive: 'Drag the logits: the table follows them.',
    bitsQuestion:
      'Three classes are equally likely, (1/3, 1/3, 1/3). How many bits per symbol does the best code need on average, coding as many symbols together as it likes?',
    bitsAnswer: (entropy: string) =>
      `The entropy, log₂ 3 = ${entropy} bits. A code with whole bits for one symbol needs 2 (00, 01, 10, and 11 goes unused). Coding symbols together wastes less: a pair has 9 outcomes, 4 bits, still 2 a symbol; longer blocks get closer.`,
    colBlock: 'symbols coded together k',
    colOutcomes: 'outcomes 3ᵏ',
    colBits: 'bits',
    colPerSymbol: 'bits a symbol',
    bitsSet: 'The label is now the soft label (1/3, 1/3, 1/3) with equal logits, shown in bits: its entropy and the loss are both log₂ 3.',
    naiveQuestion: (logits: string, name: string) =>
      `A confidently wrong model: o = ${logits}, and the true class is ${name}. The textbook’s cross_entropy computes the softmax first, then −log of the true class’s probability. What does it return?`,
    naiveFinite: 'a large finite number',
    naiveInfinity: 'Infinity',
    naiveNan: 'NaN',
    naiveZero: '0',
    naiveAnswer: (exact: string) =>
      `ŷ_c = e^(−800) / (…) is far below the smallest positive float (about 4.9 × 10⁻³²⁴ = e^(−744.4)), so it underflows to exactly 0, and −log 0 = Infinity. Yet the true loss is LSE(o) − o_c = ${exact} nats: large, but finite. One such example makes the mean loss of a whole batch Infinity, and its gradient NaN.`,
    naiveSet: 'The playground now holds this model, with the loss computed the naive way: see the loss readout and the log(0) panel.',
    fixQuestion: (logits: string, name: string) =>
      `For the same model, o = ${logits} with true class ${name}, which computation returns the right loss?`,
    fixSubtractMax: 'subtract max o inside the softmax, then take −log ŷ_c',
    fixLogSoftmax: 'log-softmax: −(o_c − LSE(o)), never forming ŷ_c',
    fixEpsilon: `add a tiny ε = 10⁻¹² inside the log: −log(ŷ_c + ε)`,
    fixFloat64: 'the same formula in 64-bit floating point',
    fixAnswer: (exact: string) =>
      `Run on this model (the true loss is ${exact} nats): subtracting the maximum cures the overflow of exp (exercise 3.6-1), but ŷ_c still underflows to 0 before the log. ε hides the 0 and gets the wrong number. Only log-softmax, which subtracts the maximum inside LSE and never forms ŷ_c, is right. That is why PyTorch’s F.cross_entropy and TensorFlow’s softmax_cross_entropy_with_logits take logits, not probabilities.`,
    colFix: 'computation',
    colValue: 'result (nats)',
    fixSet: 'The playground now computes the loss through log-softmax: the readout shows the true loss.',
  },
  {
    lowQuestion: (name: string) =>
      `모델이 정답 클래스 “${name}”에 확률을 0.01밖에 주지 않았습니다. 교차 엔트로피 손실 −log ŷ_c는 몇 내트(자연로그)일까요?`,
    lowAnswer: (nats: string, bits: string) => `−ln 0.01 = ln 100 = ${nats}내트, 비트로는 ${bits}비트입니다.`,
    lowCompare: '비교해 보면:',
    lowRow: (p: string, nats: string) => `ŷ_c = ${p}: ${nats}내트`,
    lowWhy: '확률이 10분의 1로 줄 때마다 손실은 ln 10 ≈ 2.3026내트씩 늘어납니다. ŷ_c → 0이면 손실은 한없이 커지고, ŷ_c = 1일 때만 0입니다.',
    lowSet: (logit: string) => `이 단원의 정답 클래스 로짓을 ${logit}(으)로 바꾸어 확률이 정확히 0.01이 되게 했습니다. 위의 손실 값도 같은 수를 보여 줍니다.`,
    lowRefused: '이 앱에서는 로짓을 ±1000 안에서만 쓸 수 있어 그대로 두었습니다.',
    pushQuestion: (name: string, logits: string) =>
      `로짓은 o = ${logits}이고 정답 클래스는 “${name}”입니다. 경사 하강법 한 스텝 o ← o − η (ŷ − y)는…`,
    pushUpTrue: '정답 클래스의 로짓은 올리고 나머지 로짓은 모두 내린다',
    pushDownTrue: '정답 클래스의 로짓은 내리고 나머지는 올린다',
    pushAllUp: '모든 로짓을 올린다',
    pushTopOnly: '가장 큰 로짓만 바꾼다',
    pushAnswer:
      '정답 클래스는 ŷ_c − 1 < 0이므로 스텝은 그 로짓을 η (1 − ŷ_c)만큼 올립니다. 나머지 클래스는 ŷ_j − 0 > 0이므로 각각 η ŷ_j만큼 내려가는데, 확률이 큰 오답 클래스일수록 많이 내려갑니다. 미는 양을 모두 더하면 0입니다.',
    pushHardest: (name: string) => `여기서 가장 크게 내려가는 오답 클래스는 ${name}입니다.`,
    colClass: '클래스',
    colGrad: 'ŷⱼ − yⱼ',
    colBefore: '스텝 전 o',
    colAfter: '스텝 후 o (η = 1)',
    pushSet: '이 단원의 로짓에 η = 1로 이 스텝을 실제로 적용했습니다. 정답 클래스의 확률이 올라갔습니다.',
    pushNone: '여기서는 이미 ŷ = y입니다(마지막 자리까지). 기울기가 0이라 아무것도 움직이지 않습니다.',
    hessianQuestion: (name: string, logits: string) =>
      `o = ${logits}일 때, 정답 클래스 “${name}”에 대한 교차 엔트로피의 2계 도함수 ∂²l/∂o_c²는 얼마일까요? (∂l/∂o_c = ŷ_c − y_c를 한 번 더 미분해 보세요.)`,
    hessianAlgebra:
      '식으로 보면: ∂l/∂oᵢ = ŷᵢ − yᵢ이고 ∂ŷᵢ/∂oⱼ = ŷᵢ(δᵢⱼ − ŷⱼ)이므로 ∂²l/∂oᵢ∂oⱼ = ŷᵢ(δᵢⱼ − ŷⱼ), 곧 H = diag(ŷ) − ŷŷᵀ입니다. 레이블과는 상관이 없습니다. 한편 ŷ에서 뽑은 원-핫 벡터 Y(클래스 k가 확률 ŷ_k로 나옴)는 E[Y] = ŷ, E[YYᵀ] = diag(ŷ)이므로 Cov[Y] = diag(ŷ) − ŷŷᵀ = H입니다. 대각 성분 ŷⱼ(1 − ŷⱼ)는 확률 ŷⱼ로 j가 나오는 동전의 분산이며, 최대 0.25입니다.',
    hessianNumbers: (max: string) =>
      `지금 이 단원의 로짓으로 수치를 확인해 보면, 손실 자체의 유한 차분(간격 h = 0.001)과 원-핫 레이블의 공분산이 모든 성분에서 ${max} 이내로 일치합니다.`,
    colDiagExact: 'ŷⱼ(1 − ŷⱼ)',
    colDiagNumeric: '유한 차분',
    colVariance: 'Var[Yⱼ]',
    hessianLive: '로짓을 움직이면 표도 따라 바뀝니다.',
    bitsQuestion:
      '세 클래스가 똑같이 그럴듯합니다. 확률 벡터는 (1/3, 1/3, 1/3)입니다. 기호 여러 개를 한꺼번에 부호화해도 된다면, 가장 좋은 부호는 기호 하나에 평균 몇 비트가 필요할까요?',
    bitsAnswer: (entropy: string) =>
      `엔트로피인 log₂ 3 = ${entropy}비트입니다. 기호 하나마다 정수 비트를 쓰는 부호는 2비트가 필요합니다(00, 01, 10을 쓰고 11은 남습니다). 기호를 묶어서 부호화하면 낭비가 줄어듭니다. 두 개씩 묶으면 경우가 9가지라 4비트, 기호당 여전히 2비트이고, 더 길게 묶을수록 가까워집니다.`,
    colBlock: '함께 부호화한 기호 수 k',
    colOutcomes: '경우의 수 3ᵏ',
    colBits: '비트',
    colPerSymbol: '기호당 비트',
    bitsSet: '레이블을 소프트 레이블 (1/3, 1/3, 1/3)로, 로짓을 모두 같게 바꾸고 단위를 비트로 했습니다. 엔트로피와 손실이 모두 log₂ 3입니다.',
    naiveQuestion: (logits: string, name: string) =>
      `확신에 차서 틀린 모델입니다. o = ${logits}이고 정답 클래스는 “${name}”입니다. 교재의 cross_entropy는 소프트맥스를 먼저 계산한 뒤 정답 클래스 확률에 −log를 취합니다. 결과는 무엇일까요?`,
    naiveFinite: '큰 유한한 수',
    naiveInfinity: 'Infinity',
    naiveNan: 'NaN',
    naiveZero: '0',
    naiveAnswer: (exact: string) =>
      `ŷ_c = e^(−800) / (…)는 가장 작은 양의 부동소수점 수(약 4.9 × 10⁻³²⁴ = e^(−744.4))보다 훨씬 작아 정확히 0으로 사라지고(언더플로), −log 0 = Infinity가 됩니다. 하지만 실제 손실은 LSE(o) − o_c = ${exact}내트로, 크지만 유한합니다. 이런 예가 하나만 있어도 배치 전체의 평균 손실이 Infinity가 되고 기울기는 NaN이 됩니다.`,
    naiveSet: '이 단원의 로짓을 이 모델의 로짓으로 바꾸고, 손실을 단순한 방법으로 계산하게 했습니다. 손실 값과 log(0) 패널을 보세요.',
    fixQuestion: (logits: string, name: string) =>
      `같은 모델(o = ${logits}, 정답 클래스 “${name}”)에서 올바른 손실을 돌려주는 계산은 무엇일까요?`,
    fixSubtractMax: '소프트맥스 안에서 max o를 뺀 뒤 −log ŷ_c를 구한다',
    fixLogSoftmax: '로그-소프트맥스: ŷ_c를 만들지 않고 −(o_c − LSE(o))를 구한다',
    fixEpsilon: 'log 안에 아주 작은 ε = 10⁻¹²을 더한다: −log(ŷ_c + ε)',
    fixFloat64: '같은 공식을 64비트 부동소수점으로 계산한다',
    fixAnswer: (exact: string) =>
      `이 모델로 직접 계산한 결과입니다(실제 손실은 ${exact}내트). 최댓값을 빼면 exp의 오버플로(연습 문제 3.6-1)는 막지만, ŷ_c는 log를 취하기 전에 여전히 0으로 사라집니다. ε는 0을 감출 뿐 틀린 값을 냅니다. LSE 안에서 최댓값을 빼고 ŷ_c를 아예 만들지 않는 로그-소프트맥스만 맞습니다. 그래서 PyTorch의 F.cross_entropy와 TensorFlow의 softmax_cross_entropy_with_logits는 확률이 아니라 로짓을 받습니다.`,
    colFix: '계산',
    colValue: '결과(내트)',
    fixSet: '이 단원은 이제 로그-소프트맥스로 손실을 계산합니다. 손실 값이 실제 손실을 보여 줍니다.',
  },
);
