/**
 * How the network layer (the retry link in `app/apollo-retry.ts`) tells a form that its save
 * failed on the network and is being tried again. Kept apart from the link so that forms
 * listen without importing the app's Apollo setup.
 */
export interface RetryNotice {
  operationName: string;
  /** The attempt that just failed (1 is the first request). */
  attempt: number;
  /** False when the link has given up and the error goes to the caller. */
  willRetry: boolean;
}

type Listener = (notice: RetryNotice) => void;
const listeners = new Set<Listener>();

/** Tells a form that its save failed on the network and is being tried again. */
export function onRetryNotice(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the retry link after each failed attempt of a retryable mutation. */
export function announceRetry(notice: RetryNotice): void {
  for (const listener of listeners) listener(notice);
}
