import { describe, expect, it } from 'vitest';
import { encodeAnnotationColumns } from '../../../shared/annotation-columns/encode-annotation-columns';
import { readAnnotationColumns } from '../../../shared/annotation-columns/read-annotation-columns';
import {
  answerText,
  binaryAnswer,
  BINARY_ANSWER_HEADER_BYTES,
  eventText,
  readBinaryAnswer,
} from '../../../main/browser-host/page/socket-frames';
import { PageChannels } from '../../../main/browser-host/page-channels';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

describe('the messages on a page’s socket', () => {
  it('wrap an answer’s and an event’s JSON as they are, umlauts and emoji included', () => {
    const envelope = { ok: true, value: { title: 'Grüße aus Köln 👋', text: '„Zitat“ – Ende' } };
    expect(JSON.parse(text(answerText(7, json(envelope))))).toEqual({ id: 7, answer: envelope });
    const changes = { articles: { upserted: [{ id: 1, title: 'Ärger 🇩🇪' }], deleted: [] } };
    expect(JSON.parse(text(eventText('store.changed', json(changes))))).toEqual({
      event: 'store.changed',
      payload: changes,
    });
  });

  it('carry a binary answer with its call’s id, its value readable as annotation columns', () => {
    const columns = encodeAnnotationColumns(3, [
      {
        id: 12,
        articleId: 3,
        labelId: 2,
        fragments: [{ start: 0, end: 2 }],
        quote: { exact: 'Xi' },
        orphaned: false,
      },
    ]);
    const frame = binaryAnswer(0xfffffffe, columns);
    // As the page receives it: a fresh ArrayBuffer holding the whole message.
    const received = readBinaryAnswer(frame.slice().buffer);
    expect(received?.id).toBe(0xfffffffe);
    expect(received?.value.byteOffset).toBe(BINARY_ANSWER_HEADER_BYTES);
    expect(readAnnotationColumns(received?.value ?? new Uint8Array()).count).toBe(1);
    expect(readBinaryAnswer(new ArrayBuffer(3))).toBeNull();
  });
});

describe('the open pages’ channels', () => {
  it('send events to every page or to one, and say when a page’s channel ended', () => {
    const channels = new PageChannels();
    const heard: string[] = [];
    const closed: string[] = [];
    channels.onPageClosed((pageId) => closed.push(pageId));
    const channel = (name: string) => ({
      send: (bytes: Uint8Array) => heard.push(`${name} ${text(bytes)}`),
      close: () => closed.push(`${name} closed`),
    });
    const endA = channels.open('a', channel('a'));
    channels.open('b', channel('b'));
    channels.broadcast('menu.command', { command: 'undo' });
    expect(channels.sendTo('b', 'host.pick', { pickId: 'p' })).toBe(true);
    expect(channels.sendTo('c', 'host.pick', { pickId: 'p' })).toBe(false);
    expect(heard).toEqual([
      'a {"event":"menu.command","payload":{"command":"undo"}}',
      'b {"event":"menu.command","payload":{"command":"undo"}}',
      'b {"event":"host.pick","payload":{"pickId":"p"}}',
    ]);
    endA();
    expect(closed).toEqual(['a']);
    expect(channels.sendTo('a', 'host.pick', {})).toBe(false);
  });

  it('close a page’s old channel when it connects again, and ignore the old one’s end', () => {
    const channels = new PageChannels();
    const closed: string[] = [];
    channels.onPageClosed((pageId) => closed.push(pageId));
    const endOld = channels.open('a', { send: () => undefined, close: () => closed.push('old closed') });
    channels.open('a', { send: () => undefined, close: () => closed.push('new closed') });
    endOld();
    expect(closed).toEqual(['old closed']);
    expect(channels.sendTo('a', 'x', {})).toBe(true);
  });
});
