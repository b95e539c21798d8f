import type { DataErrorKind } from '@/data/types';
import { defineMessages } from './i18n';

/**
 * What went wrong loading Fashion-MNIST, and the fix, per kind of failure. Shared:
 * the Data lesson shows it, and so does the Train lesson when a run needs the data.
 */
const FIX_EN = 'Run `npm run data` in the project folder (it fetches and verifies the four files), then reload this page.';
const FIX_KO = '프로젝트 폴더에서 `npm run data`를 실행해 네 파일을 받고 검증한 다음, 이 페이지를 새로 고치세요.';

const errorsEn: Record<DataErrorKind, (file: string) => string> = {
  missing: (file) => `The data file ${file} is not on the server.`,
  http: (file) => `The server refused to send ${file}.`,
  network: (file) => `The download of ${file} failed.`,
  gzip: (file) => `${file} is truncated or is not valid gzip.`,
  length: (file) => `${file} is shorter or longer than its header says: it is truncated or corrupt.`,
  magic: (file) => `${file} is not the expected kind of IDX file (wrong magic number).`,
  dimensions: (file) => `The images in ${file} are not 28 × 28 pixels.`,
  'count-mismatch': (file) => `${file} does not have exactly one label per image.`,
  'label-range': (file) => `${file} contains a label outside the ten classes.`,
  unsupported: () => 'This browser cannot unpack gzip data (it has no DecompressionStream).',
  unknown: () => 'Loading the data failed.',
};
const errorsKo: Record<DataErrorKind, (file: string) => string> = {
  missing: (file) => `데이터 파일 ${file}이(가) 서버에 없습니다.`,
  http: (file) => `서버가 ${file}을(를) 보내 주지 않았습니다.`,
  network: (file) => `${file}을(를) 내려받지 못했습니다.`,
  gzip: (file) => `${file}이(가) 잘렸거나 올바른 gzip 파일이 아닙니다.`,
  length: (file) => `${file}의 길이가 헤더에 적힌 것과 다릅니다. 파일이 잘렸거나 손상되었습니다.`,
  magic: (file) => `${file}은(는) 기대한 종류의 IDX 파일이 아닙니다(매직 넘버가 다름).`,
  dimensions: (file) => `${file}의 이미지가 28 × 28 픽셀이 아닙니다.`,
  'count-mismatch': (file) => `${file}의 레이블 수가 이미지 수와 다릅니다.`,
  'label-range': (file) => `${file}에 열 개 클래스 밖의 레이블이 있습니다.`,
  unsupported: () => '이 브라우저는 gzip 데이터를 풀 수 없습니다(DecompressionStream이 없음).',
  unknown: () => '데이터를 불러오지 못했습니다.',
};

const fixEn = (kind: DataErrorKind): string =>
  kind === 'network'
    ? 'Check the connection to the server, then try again.'
    : kind === 'unsupported'
      ? 'Use a current version of Chrome, Edge, Firefox or Safari.'
      : FIX_EN;
const fixKo = (kind: DataErrorKind): string =>
  kind === 'network'
    ? '서버와의 연결을 확인한 뒤 다시 시도하세요.'
    : kind === 'unsupported'
      ? '최신 버전의 Chrome, Edge, Firefox, Safari를 사용하세요.'
      : FIX_KO;

export const loadFailureMessages = defineMessages(
  {
    error: (kind: DataErrorKind, file: string) => errorsEn[kind](file),
    fix: fixEn,
  },
  {
    error: (kind: DataErrorKind, file: string) => errorsKo[kind](file),
    fix: fixKo,
  },
);
