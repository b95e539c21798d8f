/**
 * The playground's limits (ui-contract.md, "Page and URL"): how many classes, how
 * large a logit, how hot or cold a temperature the Softmax and Cross-entropy
 * lessons take, from a control, a link or a step. Pure TypeScript: it imports nothing.
 */

/** Past ±1000 a logit stops teaching softmax (every probability is 0 or 1 long before). */
export const LOGIT_LIMIT = 1000;

/** Whether `logit` is a finite number within ±LOGIT_LIMIT. */
export const isLogitInRange = (logit: number): boolean => Number.isFinite(logit) && Math.abs(logit) <= LOGIT_LIMIT;

/** `logit` held within ±LOGIT_LIMIT (NaN stays NaN). */
export const clampLogit = (logit: number): number => Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, logit));

/** A softmax needs two classes to choose between; ten is Fashion-MNIST's. */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 10;

/** The temperature slider's range, symmetric on its log scale around τ = 1: 1/20 … 20. */
export const TEMPERATURE_MAX = 20;
export const TEMPERATURE_MIN = 1 / TEMPERATURE_MAX;
