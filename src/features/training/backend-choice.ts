import type { BackendName } from '@/domain/training-config';
import type { BackendInfo } from '@/domain/training-events';

/**
 * What the backend menu says of one backend, from the worker's last report, so
 * that the menu and the status agree after a fallback (no WebGL in Firefox's
 * workers or in Safari's engine): `replaced` is the backend asked for that could
 * not start, with the one running in its place; `unavailable` one that failed
 * at that start; `ready` any other, or every backend before the first report.
 */
export type BackendStanding = { kind: 'ready' } | { kind: 'unavailable' } | { kind: 'replaced'; active: BackendName };

export function backendStanding(backend: BackendName, info: BackendInfo | null): BackendStanding {
  if (!info) return { kind: 'ready' };
  if (backend === info.requested && info.active !== info.requested) return { kind: 'replaced', active: info.active };
  if (info.failures.some((failure) => failure.backend === backend)) return { kind: 'unavailable' };
  return { kind: 'ready' };
}

/** The backend asked for when another runs in its place; null when the one asked for runs (or none has started). */
export const replacedBackend = (info: BackendInfo | null): BackendName | null =>
  info && info.active !== info.requested ? info.requested : null;
