/** Fashion-MNIST's ten classes in label order (0..9), in English and Korean. */
export const FASHION_MNIST_CLASSES = [
  { en: 'T-shirt/top', ko: '티셔츠/톱' },
  { en: 'Trouser', ko: '바지' },
  { en: 'Pullover', ko: '풀오버' },
  { en: 'Dress', ko: '드레스' },
  { en: 'Coat', ko: '코트' },
  { en: 'Sandal', ko: '샌들' },
  { en: 'Shirt', ko: '셔츠' },
  { en: 'Sneaker', ko: '스니커즈' },
  { en: 'Bag', ko: '가방' },
  { en: 'Ankle boot', ko: '앵클 부츠' },
] as const;

export const CLASS_COUNT = FASHION_MNIST_CLASSES.length;
