import { defineMessages } from '@/ui/i18n';

/** The lecture's remarks on training that no widget shows (d2l 3.4, 3.6; the course notes): shapes, standardisation, overfitting. */
export const trainNotesMessages = defineMessages(
  {
    title: 'More about training, from the lecture',
    shapes:
      'One step works on a whole minibatch at once. With n images flattened to rows of d = 784 pixels, X is n × d, W is d × q (q = 10 classes) and b is 1 × q; O = XW + b is n × q, b being added to every row (broadcasting). Softmax then works row by row, each row a distribution over the q classes, and the loss is the mean of the n rows\' cross-entropies.',
    standardize:
      'Input scaling: "raw pixels" feeds the values 0–255 as they are, "scaled to [0, 1]" divides them by 255, and "standardized" uses x′ = (x − μ) / σ with the mean μ and standard deviation σ of the training pixels. Inputs on a small, centred scale keep the logits and the gradient in a range where one learning rate suits every weight.',
    overfitting:
      'Overfitting: when the training accuracy keeps rising while the test accuracy stalls or falls, the model is learning the training images rather than the classes. Softmax regression has few parameters (7,850) and seldom overfits Fashion-MNIST badly; the MLP can. Weight decay (λ above) adds (λ/2)‖W‖² to the loss and pulls every weight towards 0 at each step; more data, fewer epochs (stopping early) and smaller models help too.',
  },
  {
    title: '학습에 대해 강의에서 더 알아보기',
    shapes:
      '한 스텝은 미니배치 전체를 한꺼번에 다룹니다. 이미지 n장을 각각 픽셀 d = 784개의 행으로 펼치면 X는 n × d, W는 d × q(클래스 q = 10개), b는 1 × q입니다. O = XW + b는 n × q이고, b는 모든 행에 더해집니다(브로드캐스팅). 소프트맥스는 행마다 따로 적용되어 각 행이 q개 클래스에 대한 분포가 되고, 손실은 n개 행의 교차 엔트로피의 평균입니다.',
    standardize:
      '입력 스케일링: "원래 픽셀 값"은 0–255를 그대로 넣고, "[0, 1] 범위로 조정"은 255로 나누며, "표준화"는 훈련 세트 픽셀의 평균 μ와 표준편차 σ로 x′ = (x − μ) / σ를 씁니다. 입력이 0 근처의 작은 범위에 있으면 로짓과 기울기도 알맞은 범위에 머물러, 학습률 하나로 모든 가중치를 고르게 학습할 수 있습니다.',
    overfitting:
      '과적합: 훈련 정확도는 계속 오르는데 테스트 정확도가 멈추거나 떨어지면, 모델이 클래스가 아니라 훈련 이미지 자체를 외우고 있는 것입니다. 소프트맥스 회귀는 파라미터가 7,850개뿐이라 Fashion-MNIST에서 심하게 과적합하는 일이 드물지만, MLP는 그럴 수 있습니다. 가중치 감쇠(위의 λ)는 손실에 (λ/2)‖W‖²를 더해 스텝마다 모든 가중치를 0 쪽으로 당깁니다. 데이터를 늘리거나, 에포크를 줄이거나(조기 종료), 모델을 작게 하는 것도 도움이 됩니다.',
  },
);
