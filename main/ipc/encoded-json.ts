import type { EncodedEventName, EventName } from '../../shared/ipc/call-names';
import type { EventPayload } from '../../shared/ipc/contract';
import { binaryValueOf, wrapBinaryValue } from '../../shared/ipc/binary-envelope';
import type { Envelope } from '../../shared/ipc/errors';

/**
 * A value as it crosses main on its way to the renderer: its JSON, as UTF-8 bytes. The store
 * worker encodes its answers and change sets, so main relays even 25 MB (every mention of the
 * most mentioned entity, or what an import of 1,000 articles changed) without rebuilding it as
 * objects on the thread that serves the window; the preload or the browser decodes it. Free of
 * schemas, so the sandboxed preload can use it too.
 */
export type EncodedJson = Uint8Array<ArrayBuffer>;
export type EncodedEnvelope = EncodedJson;

/** An event's payload as main holds it: an encoded event stays the bytes the store worker made. */
export type MainEventPayload<E extends EventName> = E extends EncodedEventName ? EncodedJson : EventPayload<E>;

export function encodeJson(value: unknown): EncodedJson {
  return new TextEncoder().encode(JSON.stringify(value));
}

export function decodeJson(encoded: EncodedJson): unknown {
  return JSON.parse(new TextDecoder().decode(encoded));
}

/** An envelope whose value is bytes stays bytes (shared/ipc/binary-envelope.ts); any other is JSON. */
export function encodeEnvelope(envelope: Envelope<unknown>): EncodedEnvelope {
  if (envelope.ok && envelope.value instanceof Uint8Array) return wrapBinaryValue(envelope.value);
  return encodeJson(envelope);
}

export function decodeEnvelope(encoded: EncodedEnvelope): Envelope<unknown> {
  const binary = binaryValueOf(encoded);
  if (binary !== null) return { ok: true, value: binary };
  return decodeJson(encoded) as Envelope<unknown>;
}
