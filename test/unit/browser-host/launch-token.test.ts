import { describe, expect, it } from 'vitest';
import { takeLaunchToken } from '../../../main/browser-host/page/launch-token';

// The page takes the token from the start address and keeps it out of the address bar.

function tab(address: string) {
  const url = new URL(address);
  const replaced: string[] = [];
  const stored = new Map<string, string>();
  const location = { hash: url.hash, pathname: url.pathname, search: url.search } as Location;
  const history = { state: null, replaceState: (_state: unknown, _title: string, to: string) => replaced.push(to) };
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
  };
  return { location, history: history as unknown as History, storage: storage as Storage, replaced };
}

describe('launch token', () => {
  it('is read from the fragment, which is then removed from the address', () => {
    const page = tab('http://127.0.0.1:4711/#token=abc-123');
    expect(takeLaunchToken(page.location, page.history, page.storage)).toBe('abc-123');
    expect(page.replaced).toEqual(['/']);
  });

  it('survives a reload of the tab, and a new launch’s address replaces it', () => {
    const first = tab('http://127.0.0.1:4711/#token=first');
    takeLaunchToken(first.location, first.history, first.storage);
    const reloaded = { ...tab('http://127.0.0.1:4711/'), storage: first.storage };
    expect(takeLaunchToken(reloaded.location, reloaded.history, reloaded.storage)).toBe('first');
    expect(reloaded.replaced).toEqual([]);
    const relaunched = { ...tab('http://127.0.0.1:4711/#token=second'), storage: first.storage };
    expect(takeLaunchToken(relaunched.location, relaunched.history, relaunched.storage)).toBe('second');
  });

  it('is null in a tab that was never given one', () => {
    const page = tab('http://127.0.0.1:4711/');
    expect(takeLaunchToken(page.location, page.history, page.storage)).toBeNull();
    expect(takeLaunchToken(page.location, page.history, null)).toBeNull();
  });
});
