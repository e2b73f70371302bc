import { describe, expect, it } from 'vitest';
import { EventStreamParser } from '../../../main/browser-host/page/event-stream';

// The page reads the host's events from a fetch body, which arrives in pieces of any size.

describe('event stream parser', () => {
  it('yields each event once its blank line has arrived, however the text was split', () => {
    const stream = ': connected\n\nevent: project.changed\ndata: {"name":"Grüße 👋"}\n\nevent: host.pick\ndata: {}\n\n';
    for (const size of [1, 2, 7, stream.length]) {
      const parser = new EventStreamParser();
      const events = [];
      for (let at = 0; at < stream.length; at += size) events.push(...parser.push(stream.slice(at, at + size)));
      expect(events).toEqual([
        { name: 'project.changed', data: '{"name":"Grüße 👋"}' },
        { name: 'host.pick', data: '{}' },
      ]);
    }
  });

  it('joins data lines, skips comments, and names unnamed events "message"', () => {
    const parser = new EventStreamParser();
    expect(parser.push(': keep-alive\n\ndata: a\ndata:b\n\nevent: x\n\n')).toEqual([{ name: 'message', data: 'a\nb' }]);
  });
});
