import { defineMessages } from '@/ui/i18n';
import type { UploadProblem } from './lib/upload';

const uploadProblemEn: Record<UploadProblem, string> = {
  empty: 'That file is empty.',
  'not-image': 'That file is not an image. Choose a PNG, JPEG, GIF or WebP picture.',
  'too-large': 'That file is too large (over 8 MB). A small picture is all the model needs: it sees 28 × 28 pixels.',
  'too-many-pixels': 'That picture is too large (over 40 megapixels). Choose a smaller one.',
  unreadable: 'That file could not be read as a picture. It may be damaged, or in a format this browser does not know.',
};
const uploadProblemKo: Record<UploadProblem, string> = {
  empty: '빈 파일입니다.',
  'not-image': '이미지 파일이 아닙니다. PNG, JPEG, GIF, WebP 그림을 고르세요.',
  'too-large': '파일이 너무 큽니다(8MB 초과). 모델은 28 × 28 픽셀만 보므로 작은 그림이면 충분합니다.',
  'too-many-pixels': '그림이 너무 큽니다(4천만 픽셀 초과). 더 작은 그림을 고르세요.',
  unreadable: '이 파일을 그림으로 읽지 못했습니다. 파일이 손상되었거나 이 브라우저가 모르는 형식일 수 있습니다.',
};

export const drawMessages = defineMessages(
  {
    title: 'Draw your own',
    lead: 'Draw a piece of clothing and watch the trained model classify it as you draw: the same softmax regression, o = xW + b, computed on this page from the weights training produced. Start from a test image to see how few strokes change the answer.',
    noModelTitle: 'No trained model yet',
    noModel:
      'The probabilities appear once a model is trained. In the Train section, one epoch is enough (a few seconds). You can already draw here.',
    mlpModel:
      'This lesson runs softmax regression on the page, and the model trained now is an MLP. Train softmax regression (model: softmax regression) to draw against it.',
    goToTrain: 'go to training',

    padLabel: 'drawing canvas, 28 by 28 pixels',
    padHelp:
      'Draw with a mouse, a finger or a pen. With the keyboard: focus the canvas, move the cursor with the arrow keys, press Space to put the pen down or lift it (moving with the pen down paints), and Ctrl+Z to undo.',
    cursorAt: (row: number, col: number, down: boolean) => `row ${row + 1}, column ${col + 1}, pen ${down ? 'down' : 'up'}`,
    tools: 'drawing tools',
    pen: 'pen',
    eraser: 'eraser',
    brushSize: 'brush size',
    brushPixels: (size: number) => `${size} px`,
    clear: 'clear',
    undo: 'undo',

    inputTitle: 'What the model sees',
    inputImage: '28 by 28 pixels the model reads',
    centre: 'centre and scale like Fashion-MNIST',
    centreHint:
      'Each Fashion-MNIST item was cut out of its photo, scaled so its longest side spans 28 pixels, and centred, light on black. With this on, your drawing gets the same treatment before the model reads it.',
    nothingDrawn: 'Nothing drawn yet, so there is nothing to predict.',

    resultTitle: 'The model’s answer',
    predicted: 'predicted',
    classColumn: 'class',
    logitColumn: 'logit o',
    probColumn: 'probability',
    probsCaption: 'Probability of each class for the drawing',
    fromModel: (index: number) =>
      `This is test image ${index} unchanged: its logits are the ones the model computed in the last evaluation, so these probabilities are the very ones the Mistakes lesson shows for it.`,
    agreement: (diff: string) => `This page’s own o = xW + b differs from them by at most ${diff} (the GPU rounds each sum to float32).`,
    fromPage: 'Logits computed on this page: o = xW + b with the trained W and b.',
    openInSoftmax: 'open in the Softmax lesson',
    openHint: 'Sends these 10 logits to the Softmax lesson, with the class you compare with as the true class.',

    whyTitle: 'Why: which pixels pushed each logit',
    whyLead:
      'Each pixel adds x_p · w_pc to the logit of class c. Red pixels pushed the class’s logit up, blue ones pulled it down; they add up to o_c − b_c.',
    compareClass: 'compare with class',
    whyFor: (name: string) => `x ⊙ w for ${name}`,
    whySum: (sum: string) => `Σ = o − b = ${sum}`,
    whyImage: (name: string) => `Each pixel's contribution to the logit of ${name}`,
    lessInk: 'pulls the logit down',
    moreInk: 'pushes it up',

    startTitle: 'Start from a test image, or your own picture',
    startLead:
      'Load a test image as it is (it is already in the model’s format), then edit it: how few strokes change the prediction? This is also the way to edit with the keyboard alone.',
    testIndex: 'test image',
    loadTest: 'load test image',
    loadMistake: 'load a mistake',
    noTestImages: 'The test images are still loading.',
    upload: 'upload an image',
    uploadHint: 'A photo or drawing of one piece of clothing. A dark item on a light background is inverted to match the dataset.',
    uploadProblem: (problem: UploadProblem) => uploadProblemEn[problem],
    loadedTest: (index: number, name: string) => `Loaded test image ${index} (${name}).`,
    loadedUpload: (name: string) => `Loaded ${name}.`,
    edited: 'edited',
  },
  {
    title: '직접 그려 보기',
    lead: '옷을 하나 그려 보세요. 그리는 동안 학습된 모델이 바로 분류합니다. 학습에서 얻은 가중치로 이 페이지에서 직접 계산하는 바로 그 소프트맥스 회귀, o = xW + b입니다. 테스트 이미지에서 시작하면 획 몇 개로 답이 바뀌는 모습도 볼 수 있습니다.',
    noModelTitle: '아직 학습된 모델이 없습니다',
    noModel: '모델을 학습하면 확률이 나타납니다. 학습 단원에서 1 에포크면 충분합니다(몇 초 걸립니다). 그림은 지금도 그릴 수 있습니다.',
    mlpModel:
      '이 단원은 소프트맥스 회귀를 이 페이지에서 계산하는데, 지금 학습된 모델은 MLP입니다. 그림과 비교하려면 소프트맥스 회귀(모델: 소프트맥스 회귀)로 학습하세요.',
    goToTrain: '학습 단원으로 가기',

    padLabel: '그림판, 28 × 28 픽셀',
    padHelp:
      '마우스, 손가락, 펜으로 그립니다. 키보드로는 그림판에 초점을 두고 화살표 키로 커서를 옮기고, 스페이스 키로 펜을 내리거나 듭니다(펜을 내린 채 움직이면 칠해집니다). Ctrl+Z는 되돌리기입니다.',
    cursorAt: (row: number, col: number, down: boolean) => `${row + 1}행 ${col + 1}열, 펜 ${down ? '내림' : '듦'}`,
    tools: '그리기 도구',
    pen: '펜',
    eraser: '지우개',
    brushSize: '붓 크기',
    brushPixels: (size: number) => `${size}픽셀`,
    clear: '모두 지우기',
    undo: '되돌리기',

    inputTitle: '모델이 보는 그림',
    inputImage: '모델이 읽는 28 × 28 픽셀',
    centre: 'Fashion-MNIST처럼 가운데 맞추고 크기 조정',
    centreHint:
      'Fashion-MNIST의 이미지는 사진에서 옷만 잘라 내어 긴 변이 28픽셀이 되게 크기를 맞추고, 검은 바탕의 가운데에 밝게 놓은 것입니다. 이 옵션을 켜면 그림도 같은 처리를 거친 뒤 모델에 들어갑니다.',
    nothingDrawn: '아직 그린 것이 없어 예측할 것도 없습니다.',

    resultTitle: '모델의 답',
    predicted: '예측',
    classColumn: '클래스',
    logitColumn: '로짓 o',
    probColumn: '확률',
    probsCaption: '그림에 대한 클래스별 확률',
    fromModel: (index: number) =>
      `테스트 이미지 ${index}를 고치지 않은 그대로입니다. 로짓은 모델이 마지막 평가에서 계산한 값이므로, 이 확률은 오분류 단원이 이 이미지에 보여 주는 확률과 똑같습니다.`,
    agreement: (diff: string) => `이 페이지에서 직접 계산한 o = xW + b와의 차이는 많아야 ${diff}입니다(GPU는 합을 float32로 반올림합니다).`,
    fromPage: '이 페이지에서 계산한 로짓입니다. 학습된 W와 b로 o = xW + b를 구했습니다.',
    openInSoftmax: '소프트맥스 단원에서 열기',
    openHint: '이 10개의 로짓을 소프트맥스 단원으로 보냅니다. 비교할 클래스를 정답 클래스로 함께 보냅니다.',

    whyTitle: '왜 그렇게 답했을까: 로짓을 움직인 픽셀',
    whyLead:
      '픽셀 하나는 클래스 c의 로짓에 x_p · w_pc만큼 더합니다. 빨간 픽셀은 그 클래스의 로짓을 올렸고, 파란 픽셀은 내렸습니다. 모두 더하면 o_c − b_c입니다.',
    compareClass: '비교할 클래스',
    whyFor: (name: string) => `${name}의 x ⊙ w`,
    whySum: (sum: string) => `합 = o − b = ${sum}`,
    whyImage: (name: string) => `${name}의 로짓에 대한 픽셀별 기여`,
    lessInk: '로짓을 내림',
    moreInk: '로짓을 올림',

    startTitle: '테스트 이미지나 내 그림에서 시작하기',
    startLead:
      '테스트 이미지를 그대로 불러와(이미 모델이 읽는 형식입니다) 고쳐 보세요. 획 몇 개면 예측이 바뀔까요? 키보드만으로 그림을 고칠 때도 이 방법을 쓰면 됩니다.',
    testIndex: '테스트 이미지',
    loadTest: '테스트 이미지 불러오기',
    loadMistake: '오분류 이미지 불러오기',
    noTestImages: '테스트 이미지를 아직 불러오는 중입니다.',
    upload: '이미지 올리기',
    uploadHint: '옷 한 벌을 찍은 사진이나 그림. 밝은 바탕의 어두운 옷은 데이터셋에 맞게 밝기를 뒤집습니다.',
    uploadProblem: (problem: UploadProblem) => uploadProblemKo[problem],
    loadedTest: (index: number, name: string) => `테스트 이미지 ${index}(${name})를 불러왔습니다.`,
    loadedUpload: (name: string) => `${name} 파일을 불러왔습니다.`,
    edited: '고침',
  },
);
