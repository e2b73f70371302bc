import { EVENTS_PATH } from './host-protocol';

export interface ServerEvent {
  readonly name: string;
  readonly data: string;
}

/** Server-sent events (`event:` and `data:` lines, a blank line after each) from text arriving in any pieces. */
export class EventStreamParser {
  private buffer = '';

  push(text: string): ServerEvent[] {
    this.buffer += text;
    const events: ServerEvent[] = [];
    for (let end = this.buffer.indexOf('\n\n'); end !== -1; end = this.buffer.indexOf('\n\n')) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let name = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon === 0) continue; // a comment
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) events.push({ name, data: data.join('\n') });
    }
    return events;
  }
}

/** How long to wait before reconnecting after the stream broke, as EventSource would. */
const RETRY_MS = 3000;

/**
 * The host's events, over a fetch that carries the token (EventSource cannot send headers).
 * Reconnects when the stream breaks, and stops for good when the host refuses the token: a new
 * launch has a new one, and this page must be opened again from the new address.
 */
export function listenToHost(headers: Record<string, string>, onEvent: (name: string, payload: unknown) => void): void {
  const connect = async (): Promise<'refused' | 'ended'> => {
    const response = await fetch(EVENTS_PATH, { headers, cache: 'no-store' });
    if (response.status === 403) return 'refused';
    if (!response.ok || response.body === null) return 'ended';
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      for (const event of parser.push(value)) onEvent(event.name, JSON.parse(event.data));
    }
  };
  const run = (): void => {
    connect()
      .catch((error: unknown) => {
        console.error('The connection to the workbench broke', error);
        return 'ended' as const;
      })
      .then((result) => {
        if (result === 'ended') setTimeout(run, RETRY_MS);
      }, console.error);
  };
  run();
}
