/**
 * Form drafts kept on the device while someone types, so a dropped connection, a reload or a
 * closed tab loses nothing. One entry per person and form (task, or couple and day); removed
 * once the API has the entry, and forgotten after two weeks.
 */
const PREFIX = 'hearth.draft.v1:';
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

interface StoredDraft<T> {
  savedAt: number;
  values: T;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Private modes and locked-down browsers may refuse storage: the form still works.
    return null;
  }
}

export function draftKey(viewerId: string, ...parts: string[]): string {
  return `${PREFIX}${viewerId}:${parts.join(':')}`;
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  const store = storage();
  const raw = store?.getItem(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft<T>;
    if (typeof parsed?.savedAt !== 'number' || Date.now() - parsed.savedAt > MAX_AGE_MS) {
      store?.removeItem(key);
      return null;
    }
    return parsed;
  } catch {
    store?.removeItem(key);
    return null;
  }
}

export function writeDraft<T>(key: string, values: T): void {
  try {
    storage()?.setItem(key, JSON.stringify({ savedAt: Date.now(), values }));
  } catch {
    // Storage full or refused: nothing to do, the form keeps its values in memory.
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Drops this person's drafts that are too old to restore. */
export function pruneDrafts(viewerId: string): void {
  const store = storage();
  if (!store) return;
  const mine = `${PREFIX}${viewerId}:`;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(mine)) readDraft(key);
  }
}
