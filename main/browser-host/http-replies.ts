import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../security/content-security-policy';

export const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy({ allowConnectToSelf: true }),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

export function reply(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  response.end(body);
}

/** JSON request bodies (call arguments, picker answers); files for pickers are streamed to disk instead. */
const MAX_JSON_BODY_BYTES = 64 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
