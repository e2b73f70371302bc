const STORAGE_KEY = 'workbench-launch-token';

/**
 * The launch token, from the start address's fragment (`#token=…`), which is then removed from the
 * address bar. It is kept in this tab's sessionStorage so that a reload stays connected; pages on
 * other ports are other origins and cannot read it. Null when this tab was never given one.
 */
export function takeLaunchToken(location: Location, history: History, storage: Storage | null): string | null {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromFragment !== null) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    storage?.setItem(STORAGE_KEY, fromFragment);
    return fromFragment;
  }
  return storage?.getItem(STORAGE_KEY) ?? null;
}

/** sessionStorage, or null where the browser refuses it (storage disabled): then a reload needs the start address again. */
export function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
