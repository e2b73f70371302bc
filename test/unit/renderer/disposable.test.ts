import { describe, expect, it, vi } from 'vitest';
import { DisposableStore, listen, toDisposable } from '../../../renderer/src/lifecycle/disposable';
import { Emitter } from '../../../renderer/src/lifecycle/emitter';

describe('DisposableStore', () => {
  it('releases what it holds once, last added first', () => {
    const order: string[] = [];
    const store = new DisposableStore();
    store.add(toDisposable(() => order.push('listener')));
    store.addRelease(() => order.push('subscription'));
    store.dispose();
    store.dispose();
    expect(order).toEqual(['subscription', 'listener']);
  });

  it('releases at once what is added after it was disposed, so nothing outlives its owner', () => {
    const store = new DisposableStore();
    store.dispose();
    const release = vi.fn();
    store.addRelease(release);
    expect(release).toHaveBeenCalledOnce();
  });

  it('releases everything even when one release fails, then reports the failure', () => {
    const store = new DisposableStore();
    const released = vi.fn();
    store.addRelease(released);
    store.addRelease(() => {
      throw new Error('broken');
    });
    expect(() => store.dispose()).toThrow('broken');
    expect(released).toHaveBeenCalledOnce();
  });
});

describe('listen', () => {
  it('removes the listener when disposed', () => {
    const target = new EventTarget();
    const heard = vi.fn();
    const listening = listen(target, 'ping', heard);
    target.dispatchEvent(new Event('ping'));
    listening.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledOnce();
  });
});

describe('Emitter', () => {
  it('tells each listener until it unsubscribes', () => {
    const emitter = new Emitter<number>();
    const first = vi.fn();
    const second = vi.fn();
    const subscription = emitter.event(first);
    emitter.event(second);
    emitter.fire(1);
    subscription.dispose();
    emitter.fire(2);
    expect(first.mock.calls).toEqual([[1]]);
    expect(second.mock.calls).toEqual([[1], [2]]);
  });
});
