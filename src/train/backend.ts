import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
// The .wasm binaries are served by the app itself (no CDN), hashed like every other asset.
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKENDS, type BackendName } from '@/domain/training-config';
import type { BackendInfo } from '@/domain/training-events';
import { isSoftwareRenderer } from './renderer';

/** Fastest first: a backend that cannot start falls back to the next. */
const FALLBACK_ORDER: readonly BackendName[] = BACKENDS;

setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
});


function webglRenderer(): { renderer: string | null; canvas: HTMLCanvasElement | OffscreenCanvas | null } {
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  if (!gl) return { renderer: null, canvas: null };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return { renderer: typeof renderer === 'string' ? renderer : null, canvas: gl.canvas };
}

/**
 * Asks the GPU to drop the WebGL context, as a driver reset would. Exists for
 * the end-to-end test of the lost-context path; false when not on WebGL.
 */
export function loseWebglContext(): boolean {
  if (tf.getBackend() !== 'webgl') return false;
  const gl = (tf.backend() as MathBackendWebGL).gpgpu?.gl;
  const extension = gl?.getExtension('WEBGL_lose_context');
  extension?.loseContext();
  return Boolean(extension);
}

/**
 * Activates `requested`, falling back along webgl → wasm → cpu when a backend
 * cannot start here (no WebGL in workers, no WebAssembly). `onContextLost`
 * fires if the GPU later takes the WebGL context away.
 */
export async function selectBackend(requested: BackendName, onContextLost: () => void): Promise<BackendInfo> {
  const failures: BackendInfo['failures'] = [];
  for (const name of FALLBACK_ORDER.slice(FALLBACK_ORDER.indexOf(requested))) {
    try {
      if (!(await tf.setBackend(name))) throw new Error(`${name} could not be initialised`);
      await tf.ready();
      // A tiny computation proves the backend really works (a context may exist but fail to compile).
      const probe = tf.add(tf.scalar(1), tf.scalar(1));
      const value = (await probe.data())[0];
      probe.dispose();
      if (value !== 2) throw new Error(`${name} computed 1 + 1 = ${value}`);
      let renderer: string | null = null;
      if (name === 'webgl') {
        const gl = webglRenderer();
        renderer = gl.renderer;
        gl.canvas?.addEventListener('webglcontextlost', onContextLost);
      }
      return { active: name, requested, renderer, software: isSoftwareRenderer(renderer), failures };
    } catch (error) {
      failures.push({ backend: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(`no TensorFlow.js backend works here: ${failures.map((f) => `${f.backend}: ${f.reason}`).join('; ')}`);
}
