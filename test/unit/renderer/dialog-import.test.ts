import { describe, expect, it, vi } from 'vitest';
import { DialogImport, type SavingWrite } from '../../../renderer/src/dialogs/dialog-import';

const saving: SavingWrite = (action) => action();

describe('an import through a file dialog', () => {
  it('hands the report on, and imports nothing a second time while the first dialog is open', async () => {
    let answer: (report: string) => void = () => undefined;
    const ask = vi.fn(() => new Promise<string | null>((resolve) => (answer = resolve)));
    const done = vi.fn();
    const importing = new DialogImport<string>(saving);
    const first = importing.run(ask, done);
    await importing.run(ask, done);
    expect(ask).toHaveBeenCalledTimes(1);
    answer('3 annotations');
    await first;
    expect(done).toHaveBeenCalledWith('3 annotations');
    await importing.run(() => Promise.resolve('again'), done);
    expect(done).toHaveBeenLastCalledWith('again');
  });

  it('says nothing when the dialog was cancelled or the write failed, and can run again after', async () => {
    const done = vi.fn();
    await new DialogImport<string>(saving).run(() => Promise.resolve(null), done);
    const failing = new DialogImport<string>(() => Promise.resolve(null));
    await failing.run(() => Promise.resolve('never shown'), done);
    expect(done).not.toHaveBeenCalled();
    const flaky = new DialogImport<string>((action) => action());
    await expect(flaky.run(() => Promise.reject(new Error('disk full')), done)).rejects.toThrow('disk full');
    await flaky.run(() => Promise.resolve('after the failure'), done);
    expect(done).toHaveBeenCalledWith('after the failure');
  });
});
