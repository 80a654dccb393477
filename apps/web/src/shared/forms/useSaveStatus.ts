import { useCallback, useEffect, useRef, useState } from 'react';
import { onRetryNotice } from '../retry-notices';

export type SaveState = 'idle' | 'saving' | 'offline' | 'saved' | 'failed';

/**
 * What a person sees while an entry is sent: "Saving…", "Offline — will retry" while the
 * retry link waits for the network, "Saved", or a failure the form explains. `run` wraps
 * the mutation call and rethrows its error for the form to show.
 */
export function useSaveStatus(operationName: string) {
  const [state, setState] = useState<SaveState>('idle');
  const inFlight = useRef(false);

  useEffect(
    () =>
      onRetryNotice((notice) => {
        if (notice.operationName === operationName && inFlight.current && notice.willRetry) {
          setState('offline');
        }
      }),
    [operationName],
  );

  useEffect(() => {
    const back = () => {
      if (inFlight.current) setState('saving');
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, []);

  const run = useCallback(async <T>(send: () => Promise<T>): Promise<T> => {
    inFlight.current = true;
    setState(navigator.onLine === false ? 'offline' : 'saving');
    try {
      const result = await send();
      setState('saved');
      return result;
    } catch (error) {
      setState('failed');
      throw error;
    } finally {
      inFlight.current = false;
    }
  }, []);

  const reset = useCallback(() => setState('idle'), []);

  return { state, run, reset, busy: state === 'saving' || state === 'offline' };
}
