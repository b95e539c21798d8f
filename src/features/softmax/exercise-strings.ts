import { defineMessages } from '@/ui/i18n';

/** The Softmax lesson's exercise questions and explanations. Numbers arrive formatted. */
export const softmaxExerciseMessages = defineMessages(
  {
    doubleTauQuestion: (logits: string, tau: string, name: string, p: string, tauAfter: string) =>
      `The logits are o = ${logits} at τ = ${tau}, and the most likely class, ${name}, has probability ${p}. If τ is doubled to ${tauAfter}, what will that probability be?`,
    doubleTauAnswer: (tauAfter: string, scaled: string, before: string, after: string, uniform: string) =>
      `At τ = ${tauAfter} the softmax sees o/τ = ${scaled}: the differences between the logits shrink, so the distribution flattens towards 1/q = ${uniform}. The top probability goes from ${before} to ${after}. The order of the classes does not change, and neither does the argmax. The temperature slider above is now at τ = ${tauAfter}.`,
    addFiveQuestion: (logits: string) => `The logits are o = ${logits}. Add 5 to every one of them. What happens to the probabilities?`,
    choiceSame: 'They all stay exactly as they were.',
    choiceSharper: 'The largest probability grows.',
    choiceFlatter: 'The probabilities move closer together.',
    choiceAllUp: 'Every probability grows.',
    addFiveAnswer: (factor: string, change: string) =>
      `Adding 5 multiplies every exp(oⱼ) by e⁵ ≈ ${factor}, in the numerator and in the sum alike, so the factor cancels: the largest change of any probability is ${change}. Every probability cannot grow in any case, since they sum to 1. The stable softmax uses this very identity with c = −max o.`,
    addFiveMoved: (logits: string) => `The playground now has the shifted logits ${logits}; the bars have not moved.`,
    addFiveRefused: 'The playground keeps logits within ±1000, so it did not shift them this time.',
    expQuestion:
      'What is exp(50)? Estimate it before you reveal. A hint: eˣ = 10^(x · log₁₀ e), and log₁₀ e ≈ 0.4343. Type a number such as 5e21. Then think: does it fit in a 64-bit float? In a 32-bit one?',
    expValue: 'exp(50) =',
    fitsIn: (format: string, largest: string, threshold: string) =>
      `It fits in ${format}: the largest number there is ${largest}, and exp(x) overflows only past x = ${threshold}.`,
    overflowsIn: (format: string, largest: string, threshold: string) =>
      `It overflows ${format}: the largest number there is ${largest}, and exp(x) overflows past x = ${threshold}.`,
    ordersOff: (orders: string) => `Your estimate is off by ${orders} powers of ten.`,
    expSet:
      'The playground now computes the naive formula (stable softmax off) in 32-bit for o = (50, 0, 0): still no overflow. The logit 89 is where 32-bit gives up.',
    lseQuestion: (logits: string, max: string) =>
      `The textbook calls log(exp(a) + exp(b)) RealSoftMax(a, b); for more numbers it is log Σⱼ exp(oⱼ), the log-sum-exp. For the playground’s logits o = ${logits}, max o = ${max}. How far above max o is RealSoftMax(o)?`,
    lseValue: (lse: string, gap: string, max: string) => `RealSoftMax(o) = ${lse}, which is ${gap} above max o = ${max}.`,
    lseWhy: (q: number, bound: string) =>
      `Why above: the sum contains exp(max o) and adds positive terms, and log is increasing. Never more than log q = ${bound} above (q = ${q}), which all-equal logits reach; a tie of two numbers gives log 2 ≈ 0.6931.`,
    lseLimit: 'Sharpened by λ: λ⁻¹ RealSoftMax(λo) lies between max o and max o + (log q)/λ, so it tends to max o as λ → ∞.',
    colLambda: 'λ',
    colSharpened: 'λ⁻¹ RealSoftMax(λo)',
    softMin: (softMin: string, min: string) =>
      `Mirrored, −RealSoftMax(−o) = ${softMin} is a soft minimum, below min o = ${min}, and it tends to min o in the same way. None of this needs two numbers: it holds for all q logits.`,
    lseSet: 'The temperature is back at τ = 1, where the log-sum-exp panel shows RealSoftMax(o) itself. Its gradient is softmax(o): the “softmax” is really a soft argmax.',
  },
  {
    doubleTauQuestion: (logits: string, tau: string, name: string, p: string, tauAfter: string) =>
      `지금 로짓은 o = ${logits}이고 τ = ${tau}입니다. 가장 가능성이 큰 클래스 “${name}”의 확률은 ${p}입니다. τ를 두 배인 ${tauAfter}까지 올리면 이 확률은 얼마가 될까요?`,
    doubleTauAnswer: (tauAfter: string, scaled: string, before: string, after: string, uniform: string) =>
      `τ = ${tauAfter}이면 소프트맥스에 들어가는 값은 o/τ = ${scaled}입니다. 로짓 사이의 차이가 줄어드니 분포는 1/q = ${uniform} 쪽으로 평평해집니다. 가장 큰 확률은 ${before} → ${after}입니다. 클래스의 순서는 그대로이므로 argmax도 바뀌지 않습니다. 위의 온도 슬라이더도 지금 τ = ${tauAfter}에 있습니다.`,
    addFiveQuestion: (logits: string) => `지금 로짓은 o = ${logits}입니다. 모든 로짓에 5를 더하면 확률은 어떻게 될까요?`,
    choiceSame: '모든 확률이 정확히 그대로다.',
    choiceSharper: '가장 큰 확률이 더 커진다.',
    choiceFlatter: '확률들이 서로 비슷해진다.',
    choiceAllUp: '모든 확률이 커진다.',
    addFiveAnswer: (factor: string, change: string) =>
      `5를 더하면 모든 exp(oⱼ)에 e⁵ ≈ ${factor}이(가) 곱해집니다. 분자와 분모의 합에 똑같이 곱해지므로 약분되어, 어느 확률이든 바뀐 양은 최대 ${change}입니다. 확률의 합은 1이므로 모든 확률이 함께 커질 수는 없습니다. 안정적인 소프트맥스는 c = −max o로 둔 바로 이 등식을 씁니다.`,
    addFiveMoved: (logits: string) => `이 단원의 로짓을 ${logits}(으)로 옮겼습니다. 막대는 움직이지 않았습니다.`,
    addFiveRefused: '이 앱에서는 로짓을 ±1000 안에서만 쓸 수 있어 이번에는 옮기지 않았습니다.',
    expQuestion:
      'exp(50)은 얼마일까요? 정답을 보기 전에 먼저 어림해 보세요. 힌트: eˣ = 10^(x · log₁₀ e)이고 log₁₀ e ≈ 0.4343입니다. 5e21처럼 입력하면 됩니다. 그리고 이 값이 64비트 부동소수점에 담길지, 32비트에는 담길지도 생각해 보세요.',
    expValue: 'exp(50) =',
    fitsIn: (format: string, largest: string, threshold: string) =>
      `${format}에 담깁니다. 가장 큰 수가 ${largest}이므로 x가 ${threshold}을(를) 넘어야 exp(x)가 넘칩니다.`,
    overflowsIn: (format: string, largest: string, threshold: string) =>
      `${format}에서는 넘칩니다. 가장 큰 수가 ${largest}이므로 x가 ${threshold}을(를) 넘으면 exp(x)가 넘칩니다.`,
    ordersOff: (orders: string) => `내 어림값은 자릿수로 ${orders}자리 차이가 납니다.`,
    expSet:
      '이 단원은 이제 o = (50, 0, 0)에 대해 원래 공식(안정적인 소프트맥스 끔)을 32비트로 계산합니다. 아직 넘치지 않습니다. 32비트가 버티지 못하는 것은 로짓 89부터입니다.',
    lseQuestion: (logits: string, max: string) =>
      `교재는 log(exp(a) + exp(b))를 RealSoftMax(a, b)라고 부릅니다. 수가 더 많으면 log Σⱼ exp(oⱼ), 곧 로그-합-지수(log-sum-exp)입니다. 지금 로짓 o = ${logits}에서 max o = ${max}입니다. RealSoftMax(o)는 max o보다 얼마나 클까요?`,
    lseValue: (lse: string, gap: string, max: string) => `RealSoftMax(o) = ${lse}(으)로, max o = ${max}보다 ${gap}만큼 큽니다.`,
    lseWhy: (q: number, bound: string) =>
      `큰 이유: 합 안에 exp(max o)가 들어 있고 여기에 양수 항이 더해지며, log는 증가 함수이기 때문입니다. 그 차이는 log q = ${bound}(q = ${q})를 넘지 않고, 로짓이 모두 같을 때 그 값이 됩니다. 두 수가 같으면 차이는 log 2 ≈ 0.6931입니다.`,
    lseLimit: 'λ를 곱해 날카롭게 하면 λ⁻¹ RealSoftMax(λo)는 max o와 max o + (log q)/λ 사이에 있으므로, λ → ∞일 때 max o로 다가갑니다.',
    colLambda: 'λ',
    colSharpened: 'λ⁻¹ RealSoftMax(λo)',
    softMin: (softMin: string, min: string) =>
      `부호를 뒤집은 −RealSoftMax(−o) = ${softMin}은(는) 부드러운 최솟값(soft-min)으로, min o = ${min}보다 작고 같은 방식으로 min o에 다가갑니다. 이 모든 성질은 두 수가 아니라 q개의 로짓 모두에 대해 성립합니다.`,
    lseSet: '온도를 τ = 1로 되돌렸습니다. 로그-합-지수 패널이 RealSoftMax(o) 값을 그대로 보여 줍니다. 이 함수의 기울기가 바로 softmax(o)이므로, “소프트맥스”는 사실 부드러운 argmax라고 불러야 맞습니다.',
  },
);
