import { defineMessages } from '@/ui/i18n';

/** The Data lesson's word on the copy of Fashion-MNIST kept on this device. */
export const keptDataMessages = defineMessages(
  {
    region: 'The data on this device',
    kept: (megabytes: string) =>
      `The data is kept on this device (${megabytes} MB), so the next visit loads it from here, even without a network.`,
    readFromDevice: 'This time it was read from that copy.',
    saving: 'Keeping a copy on this device for the next visit…',
    none: 'Once it has loaded, the data is kept on this device for the next visit.',
    quota: 'The browser has no room to keep the data on this device, so the next visit downloads it again.',
    unavailable: 'This browser does not let the page keep the data (a private window, or site data turned off), so the next visit downloads it again.',
    forget: 'delete the kept copy',
    forgotten: 'The kept copy is deleted: the next visit downloads the data again.',
  },
  {
    region: '이 기기에 저장된 데이터',
    kept: (megabytes: string) =>
      `데이터가 이 기기에 저장되어 있습니다(${megabytes} MB). 그래서 다음에 방문할 때는 네트워크가 없어도 여기에서 불러옵니다.`,
    readFromDevice: '이번에도 저장된 사본에서 읽었습니다.',
    saving: '다음 방문을 위해 이 기기에 사본을 저장하는 중…',
    none: '데이터를 한 번 불러오면 다음 방문을 위해 이 기기에 저장합니다.',
    quota: '브라우저에 데이터를 저장할 공간이 없어서, 다음 방문 때 데이터를 다시 내려받습니다.',
    unavailable: '이 브라우저에서는 페이지가 데이터를 저장할 수 없어서(시크릿 창이거나 사이트 데이터 저장이 꺼져 있음), 다음 방문 때 데이터를 다시 내려받습니다.',
    forget: '저장된 사본 삭제',
    forgotten: '저장된 사본을 삭제했습니다. 다음 방문 때 데이터를 다시 내려받습니다.',
  },
);
