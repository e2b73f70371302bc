import type { Envelope } from '../../../shared/ipc/errors';

/*
 * The messages on a page's socket (host-protocol.ts), built and read by both halves: no Node and no
 * DOM here. The page sends each call as JSON text. The host answers in text, with the envelope's
 * JSON (the store worker's bytes, never parsed in between) inside, or, for an answer that is bytes,
 * in a binary message that starts with the call's id. Events are text.
 */

/** Page → host: one call. Ids are the page's own, counting up from 1. */
export interface SocketCall {
  readonly id: number;
  readonly call: string;
  readonly arg?: unknown;
}

/** Host → page, as text. */
export type SocketTextMessage =
  { readonly id: number; readonly answer: Envelope<unknown> } | { readonly event: string; readonly payload: unknown };

/**
 * Ahead of a binary answer's value: its call's id and four zero bytes, so the value starts on an
 * 8-byte boundary, as the Float64Array views read from annotation columns need.
 */
export const BINARY_ANSWER_HEADER_BYTES = 8;

/** The largest call id: it must fit the binary answer's header. */
export const MAX_CALL_ID = 0xffff_ffff;

const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** A JSON answer as the text message's UTF-8 bytes, around the envelope's own JSON bytes. */
export function answerText(id: number, envelopeJson: Uint8Array): Uint8Array<ArrayBuffer> {
  return concat([encoder.encode(`{"id":${id},"answer":`), envelopeJson, encoder.encode('}')]);
}

/** An event as the text message's UTF-8 bytes, around the payload's JSON bytes. */
export function eventText(name: string, payloadJson: Uint8Array): Uint8Array<ArrayBuffer> {
  return concat([encoder.encode(`{"event":${JSON.stringify(name)},"payload":`), payloadJson, encoder.encode('}')]);
}

export function binaryAnswer(id: number, value: Uint8Array): Uint8Array<ArrayBuffer> {
  const frame = new Uint8Array(BINARY_ANSWER_HEADER_BYTES + value.byteLength);
  new DataView(frame.buffer).setUint32(0, id, true);
  frame.set(value, BINARY_ANSWER_HEADER_BYTES);
  return frame;
}

/** The id and the value (a view into the message, on an 8-byte boundary) of a binary answer. */
export function readBinaryAnswer(message: ArrayBuffer): { id: number; value: Uint8Array } | null {
  if (message.byteLength < BINARY_ANSWER_HEADER_BYTES) return null;
  return {
    id: new DataView(message).getUint32(0, true),
    value: new Uint8Array(message, BINARY_ANSWER_HEADER_BYTES),
  };
}
