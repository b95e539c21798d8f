/**
 * Software WebGL renderers: the GPU is emulated on the CPU, so WebGL is slow
 * and WebAssembly is the faster choice (README, Performance).
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export const isSoftwareRenderer = (renderer: string | null): boolean =>
  renderer !== null && SOFTWARE_RENDERERS.test(renderer);
