/**
 * A build stopped while Chromium starts must end: Puppeteer's launch promise can stay pending once its signal aborts
 * (the CLI then ended with Node's exit code 13 and no message), so the launch is raced against the abort.
 */
import { setImmediate as tick } from 'node:timers/promises';
import type { Browser } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { settleOnAbort } from '../../pipeline/print/launch-browser.ts';

/** A stand-in for a launched browser with no Chromium process: `killBrowser` only disconnects it. */
function fakeBrowser() {
  const calls = { disconnect: 0 };
  const browser = {
    process: () => null,
    disconnect: async () => {
      calls.disconnect++;
    },
  } as unknown as Browser;
  return { browser, calls };
}

const never = () => new Promise<Browser>(() => undefined);

describe('settleOnAbort', () => {
  it('rejects with the reason of the abort while the launch never settles', async () => {
    const controller = new AbortController();
    const settled = settleOnAbort(never(), controller.signal);
    const reason = new Error('dihentikan oleh SIGTERM');
    controller.abort(reason);
    await expect(settled).rejects.toBe(reason);
  });

  it('rejects at once when the signal was already aborted', async () => {
    const reason = new Error('sudah dihentikan');
    await expect(settleOnAbort(never(), AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('kills a browser that arrives after the abort', async () => {
    const controller = new AbortController();
    const { browser, calls } = fakeBrowser();
    let arrive!: (b: Browser) => void;
    const settled = settleOnAbort(new Promise<Browser>((r) => (arrive = r)), controller.signal);
    controller.abort(new Error('stop'));
    await expect(settled).rejects.toThrow('stop');
    expect(calls.disconnect).toBe(0);
    arrive(browser);
    await tick();
    expect(calls.disconnect).toBe(1);
  });

  it('gives the browser when it arrives first, and a later abort leaves it alone', async () => {
    const controller = new AbortController();
    const { browser, calls } = fakeBrowser();
    await expect(settleOnAbort(Promise.resolve(browser), controller.signal)).resolves.toBe(browser);
    controller.abort(new Error('later'));
    await tick();
    expect(calls.disconnect).toBe(0);
  });

  it("passes on the launch's own failure", async () => {
    const failure = new Error('Chromium tidak dapat dijalankan');
    await expect(settleOnAbort(Promise.reject(failure), new AbortController().signal)).rejects.toBe(failure);
  });
});
