import { useCallback, useRef, useState } from 'react';
import { readDraft, removeDraft, writeDraft } from './drafts';

/**
 * A draft of one form on this device. `restored` is what was typed before (read once, when
 * the form opens); `save` goes in the form's `onValuesChange`; `clear` after the API has it.
 */
export function useDraft<T>(key: string) {
  const [restored] = useState(() => readDraft<T>(key));
  const paused = useRef(false);

  const save = useCallback(
    (values: T) => {
      if (!paused.current) writeDraft(key, values);
    },
    [key],
  );

  const clear = useCallback(() => removeDraft(key), [key]);

  /** Runs `reset` (which sets the form back) without saving that as a new draft. */
  const discard = useCallback(
    (reset: () => void) => {
      paused.current = true;
      try {
        reset();
      } finally {
        paused.current = false;
        removeDraft(key);
      }
    },
    [key],
  );

  return { restored, save, clear, discard };
}
