import { defineMessages } from '@/ui/i18n';
import type { ModelKind } from '@/domain/training-config';
import type { RunOutcome } from './saved-runs';

/** Saved runs, exports and the NumPy bridge of the Train section. */
const modelEn: Record<ModelKind, string> = { softmax: 'softmax regression', mlp: 'MLP' };
const modelKo: Record<ModelKind, string> = { softmax: '소프트맥스 회귀', mlp: 'MLP' };
const outcomeEn: Record<RunOutcome, string> = { done: 'finished', stopped: 'stopped', diverged: 'diverged' };
const outcomeKo: Record<RunOutcome, string> = { done: '완료', stopped: '중단', diverged: '발산' };

export const keepMessages = defineMessages(
  {
    savedTitle: 'Saved runs',
    savedLead: (max: number) =>
      `Finished and stopped runs are kept in this browser and come back on the charts when you reload the page; the ${max} most recent are kept.`,
    showRun: (label: string) => `show ${label} on the charts`,
    thisRun: 'this run',
    outcome: (outcome: RunOutcome) => outcomeEn[outcome],
    notSaved: 'not saved',
    rename: 'rename',
    renameRun: (label: string) => `rename ${label}`,
    runName: 'run name',
    saveName: 'save name',
    cancel: 'cancel',
    deleteRun: (label: string) => `delete ${label}`,
    delete: 'delete',
    clearSaved: 'clear saved runs',
    fade: 'Saved runs’ opacity',
    storageUnavailable:
      'This browser does not let the page keep anything (a private window, or site data turned off), so runs last only until you close the tab.',
    storageFull:
      'This browser’s storage for the page is full, so the latest change was not saved. Delete a saved run or free some space; the page tries again at the next change.',

    exportTitle: 'Keep and export',
    exportLead:
      'For a lab report: the epoch table of every run as a CSV file, one run as a JSON record (settings, seed, backend, every figure, the app’s version), the charts as pictures, and a one-line summary to paste.',
    exportCsv: 'export CSV',
    exportJson: 'export JSON',
    chartPictures: 'Charts as pictures',
    lossChartPng: 'loss chart as PNG',
    lossChartSvg: 'loss chart as SVG',
    accuracyChartPng: 'accuracy chart as PNG',
    accuracyChartSvg: 'accuracy chart as SVG',
    pictureFailed: 'The picture could not be made in this browser.',
    recordOf: (label: string) => `The JSON record, the summary and the weights are of ${label}.`,
    latestRun: 'the latest run',
    summaryLabel: 'Summary',
    summary: (model: ModelKind, lr: string, batch: number, epochs: number, accuracy: string) =>
      `${modelEn[model]}, lr ${lr}, batch ${batch}, ${epochs} ${epochs === 1 ? 'epoch' : 'epochs'}: test accuracy ${accuracy}`,
    copySummary: 'copy summary',
    copied: 'Copied.',
    copyFailed: 'The browser did not allow copying: select the line and copy it yourself.',
    nothingYet: 'Nothing to export yet: train a model first.',

    bridgeTitle: 'To and from Python (NumPy)',
    bridgeLead:
      'Download the trained W (784 × 10) and b (10) in NumPy’s own format, or load weights trained elsewhere, for instance with the lecture’s PyTorch code, and look at them here: accuracy, mistakes, confusion matrix, weight templates, calibration and drawing.',
    downloadWeights: 'download weights',
    weightsOf: (label: string, epoch: number) => `W and b of ${label}, after ${epoch} ${epoch === 1 ? 'epoch' : 'epochs'}.`,
    noWeights: 'Train softmax regression to download its weights (the MLP has no single W and b).',
    scalingNote: (scaling: string) =>
      `This run fed the model ${scaling} inputs, not pixels / 255: give the weights the same inputs in Python.`,
    pythonLead: 'In Python:',
    loadWeights: 'load weights',
    loadHint:
      'One .npz holding W (784 × 10) and b (10), float32, or the two .npy files chosen together. Inputs are pixels / 255, as torchvision’s ToTensor makes them. From PyTorch: np.savez("weights.npz", W=W.detach().numpy(), b=b.detach().numpy()).',
    waitingForData: (file: string) => `${file}: loading the test images…`,
    evaluating: (file: string, percent: number) => `Evaluating ${file} on the test set… ${percent}%`,
    uploadedAccuracy: (file: string, count: string) => `Test accuracy of ${file} on ${count} test images:`,
    uploadedShown: 'The Mistakes, Calibration and Draw lessons now show these weights, labelled as uploaded.',

    notNpy: (file: string) =>
      `${file} is not a NumPy file: an .npy file begins with “\\x93NUMPY” and an .npz is a zip archive. Save the arrays with np.save or np.savez.`,
    truncated: (file: string, bytes: string, expected: string) =>
      `${file} is cut off: it has ${bytes} bytes, but its header promises ${expected}. Download or copy it again.`,
    tooLong: (file: string, bytes: string, expected: string) => `${file} has ${bytes} bytes, more than the ${expected} its header describes.`,
    version: (file: string, version: string) => `${file} uses NPY format version ${version}; this page reads versions 1.0, 2.0 and 3.0.`,
    header: (file: string) => `The NPY header of ${file} cannot be read: it is not the dictionary numpy writes.`,
    dtype: (file: string, dtype: string) => `${file} holds ${dtype} values, but the page needs float32. Convert it with .astype(np.float32).`,
    shape: (file: string, found: string, expected: string) => `${file} has shape ${found}; the page needs ${expected}.`,
    transposed: 'It looks transposed: PyTorch’s nn.Linear keeps its weight as 10 × 784, so save W.T.',
    notFinite: (file: string, value: string, index: string) => `${file} holds ${value} at index ${index}: every weight must be a finite number.`,
    zipTruncated: (file: string) => `${file} is cut off: the end of its zip archive is missing. Download or copy it again.`,
    zipChecksum: (file: string) => `${file} is damaged: one of its arrays fails the archive’s CRC-32 check.`,
    zipCompression: (file: string) => `${file} uses a compression this page cannot read; np.savez and np.savez_compressed both work.`,
    zipEncrypted: (file: string) => `${file} is encrypted; save it with np.savez.`,
    zipCorrupt: (file: string) => `${file} is damaged: its zip archive cannot be read.`,
    missing: (file: string, array: string) => `${file} has no ${array}. Save both arrays: np.savez("weights.npz", W=W, b=b).`,
    files: (count: number) => `${count} files chosen: choose one .npz file, or W.npy and b.npy together.`,
    tooLarge: (file: string, size: string) => `${file} is ${size}, far more than a 784 × 10 model needs.`,
    unreadable: (file: string) => `${file} could not be read from the disk.`,
    rejected: 'Nothing was changed.',
  },
  {
    savedTitle: '저장된 실행',
    savedLead: (max: number) =>
      `끝났거나 멈춘 실행은 이 브라우저에 저장되어, 페이지를 다시 불러와도 차트에 그대로 나타납니다. 최근 ${max}개까지 저장합니다.`,
    showRun: (label: string) => `차트에 ${label} 표시`,
    thisRun: '이번 실행',
    outcome: (outcome: RunOutcome) => outcomeKo[outcome],
    notSaved: '저장 안 됨',
    rename: '이름 바꾸기',
    renameRun: (label: string) => `${label} 이름 바꾸기`,
    runName: '실행 이름',
    saveName: '이름 저장',
    cancel: '취소',
    deleteRun: (label: string) => `${label} 삭제`,
    delete: '삭제',
    clearSaved: '저장된 실행 모두 지우기',
    fade: '저장된 실행의 불투명도',
    storageUnavailable:
      '이 브라우저에서는 페이지가 데이터를 저장할 수 없습니다(시크릿 창이거나 사이트 데이터 저장이 꺼져 있음). 그래서 실행 기록은 탭을 닫을 때까지만 남습니다.',
    storageFull:
      '이 브라우저에서 페이지가 쓸 수 있는 저장 공간이 가득 차서 마지막 변경을 저장하지 못했습니다. 저장된 실행을 지우거나 공간을 확보하면 다음 변경 때 다시 저장합니다.',

    exportTitle: '저장하고 내보내기',
    exportLead:
      '실험 보고서에 쓸 수 있도록, 모든 실행의 에포크별 결과를 CSV 파일로, 실행 하나를 JSON 기록(설정, 시드, 백엔드, 모든 수치, 앱 버전)으로, 차트를 그림으로 내보내고, 한 줄 요약을 복사할 수 있습니다.',
    exportCsv: 'CSV 내보내기',
    exportJson: 'JSON 내보내기',
    chartPictures: '차트를 그림으로',
    lossChartPng: '손실 차트 PNG',
    lossChartSvg: '손실 차트 SVG',
    accuracyChartPng: '정확도 차트 PNG',
    accuracyChartSvg: '정확도 차트 SVG',
    pictureFailed: '이 브라우저에서는 그림을 만들 수 없습니다.',
    recordOf: (label: string) => `JSON 기록, 요약, 가중치는 모두 ${label}의 것입니다.`,
    latestRun: '가장 최근 실행',
    summaryLabel: '요약',
    summary: (model: ModelKind, lr: string, batch: number, epochs: number, accuracy: string) =>
      `${modelKo[model]}, 학습률 ${lr}, 배치 크기 ${batch}, 에포크 ${epochs}번: 테스트 정확도 ${accuracy}`,
    copySummary: '요약 복사',
    copied: '복사했습니다.',
    copyFailed: '브라우저가 복사를 허용하지 않았습니다. 문장을 직접 선택해서 복사하세요.',
    nothingYet: '아직 내보낼 것이 없습니다. 먼저 모델을 학습시키세요.',

    bridgeTitle: '파이썬(NumPy)과 주고받기',
    bridgeLead:
      '학습된 W(784 × 10)와 b(10)를 NumPy 형식으로 내려받거나, 다른 곳에서 학습한 가중치(예: 강의의 PyTorch 코드로 학습한 것)를 불러와 이 페이지에서 살펴볼 수 있습니다. 정확도, 오분류, 혼동 행렬, 가중치 템플릿, 보정, 그리기 수업이 모두 그 가중치로 동작합니다.',
    downloadWeights: '가중치 내려받기',
    weightsOf: (label: string, epoch: number) => `${label}의 W와 b (에포크 ${epoch}번 학습 후).`,
    noWeights: '가중치를 내려받으려면 소프트맥스 회귀를 학습시키세요. MLP는 층마다 W와 b가 따로 있어서 이 형식으로 내려받을 수 없습니다.',
    scalingNote: (scaling: string) =>
      `이 실행은 픽셀을 255로 나눈 값이 아니라 ‘${scaling}’ 입력으로 학습했습니다. 파이썬에서도 같은 방식으로 바꾼 입력을 넣어야 합니다.`,
    pythonLead: '파이썬에서 불러오기:',
    loadWeights: '가중치 불러오기',
    loadHint:
      'W(784 × 10)와 b(10)가 float32로 들어 있는 .npz 파일 하나, 또는 두 .npy 파일을 함께 고르세요. 입력은 torchvision의 ToTensor처럼 픽셀 값을 255로 나눈 값입니다. PyTorch에서는 np.savez("weights.npz", W=W.detach().numpy(), b=b.detach().numpy())로 저장합니다.',
    waitingForData: (file: string) => `${file}: 테스트 이미지를 불러오는 중…`,
    evaluating: (file: string, percent: number) => `${file}을(를) 테스트 세트로 평가하는 중… ${percent}%`,
    uploadedAccuracy: (file: string, count: string) => `테스트 이미지 ${count}장에 대한 ${file}의 테스트 정확도:`,
    uploadedShown: '이제 오분류, 보정, 그리기 수업이 불러온 가중치를 보여 주며, ‘불러온 가중치’라고 표시합니다.',

    notNpy: (file: string) =>
      `${file}은(는) NumPy 파일이 아닙니다. .npy 파일은 “\\x93NUMPY”로 시작하고 .npz 파일은 zip 압축 파일입니다. 배열을 np.save나 np.savez로 저장하세요.`,
    truncated: (file: string, bytes: string, expected: string) =>
      `${file}이(가) 중간에 잘렸습니다. 헤더에 따르면 ${expected}바이트여야 하는데 ${bytes}바이트뿐입니다. 다시 내려받거나 복사하세요.`,
    tooLong: (file: string, bytes: string, expected: string) => `${file}은(는) ${bytes}바이트로, 헤더에 적힌 ${expected}바이트보다 깁니다.`,
    version: (file: string, version: string) => `${file}은(는) NPY 형식 버전 ${version}입니다. 이 페이지는 1.0, 2.0, 3.0 버전을 읽습니다.`,
    header: (file: string) => `${file}의 NPY 헤더를 읽을 수 없습니다. numpy가 쓰는 사전 형식이 아닙니다.`,
    dtype: (file: string, dtype: string) => `${file}의 값은 ${dtype}입니다. 이 페이지에는 float32가 필요합니다. .astype(np.float32)로 바꾸세요.`,
    shape: (file: string, found: string, expected: string) => `${file}의 모양은 ${found}입니다. 이 페이지에는 ${expected} 모양이 필요합니다.`,
    transposed: '전치된 것으로 보입니다. PyTorch의 nn.Linear는 가중치를 10 × 784로 저장하므로 W.T를 저장하세요.',
    notFinite: (file: string, value: string, index: string) => `${file}의 ${index} 위치에 ${value} 값이 있습니다. 가중치는 모두 유한한 수여야 합니다.`,
    zipTruncated: (file: string) => `${file}이(가) 중간에 잘렸습니다. zip 파일의 끝부분이 없습니다. 다시 내려받거나 복사하세요.`,
    zipChecksum: (file: string) => `${file}이(가) 손상되었습니다. 배열 하나가 CRC-32 검사를 통과하지 못했습니다.`,
    zipCompression: (file: string) => `${file}은(는) 이 페이지가 읽을 수 없는 방식으로 압축되었습니다. np.savez나 np.savez_compressed로 저장하세요.`,
    zipEncrypted: (file: string) => `${file}은(는) 암호화되어 있습니다. np.savez로 저장하세요.`,
    zipCorrupt: (file: string) => `${file}이(가) 손상되어 zip 파일을 읽을 수 없습니다.`,
    missing: (file: string, array: string) => `${file}에 ${array} 배열이 없습니다. 두 배열을 함께 저장하세요: np.savez("weights.npz", W=W, b=b).`,
    files: (count: number) => `파일 ${count}개를 골랐습니다. .npz 파일 하나, 또는 W.npy와 b.npy를 함께 고르세요.`,
    tooLarge: (file: string, size: string) => `${file}은(는) ${size}로, 784 × 10 모델에 필요한 크기보다 훨씬 큽니다.`,
    unreadable: (file: string) => `${file}을(를) 디스크에서 읽을 수 없습니다.`,
    rejected: '아무것도 바뀌지 않았습니다.',
  },
);

export type KeepMessages = (typeof keepMessages)['en'];
