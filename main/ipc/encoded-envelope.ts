import type { Envelope } from '../../shared/ipc/errors';

/**
 * An envelope as it crosses main on its way to the renderer: its JSON, as UTF-8 bytes. A store
 * worker encodes its answers, so main relays even a 25 MB result (every mention of the most
 * mentioned entity) without rebuilding it as objects on the thread that serves the window; the
 * preload or the browser decodes it. Free of schemas, so the sandboxed preload can use it too.
 */
export type EncodedEnvelope = Uint8Array<ArrayBuffer>;

export function encodeEnvelope(envelope: Envelope<unknown>): EncodedEnvelope {
  return new TextEncoder().encode(JSON.stringify(envelope));
}

export function decodeEnvelope(encoded: EncodedEnvelope): Envelope<unknown> {
  return JSON.parse(new TextDecoder().decode(encoded)) as Envelope<unknown>;
}
