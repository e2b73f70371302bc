import { describe, expect, it } from 'vitest';
import { openableUrl } from '../../../renderer/src/article-view/link-target';

describe('openableUrl', () => {
  it('allows web addresses only', () => {
    expect(openableUrl('https://tass.ru/politika/123')).toBe('https://tass.ru/politika/123');
    expect(openableUrl('http://example.org')).toBe('http://example.org/');
    expect(openableUrl('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b');
  });

  it('refuses scripts, local files, other schemes, credentials and relative links', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox',
      'mailto:desk@example.org',
      'ms-settings:',
      'https://user:secret@evil.example',
      'https://trusted.example@evil.example',
      '/relative/path',
      '',
    ]) {
      expect(openableUrl(href), href).toBeNull();
    }
  });
});
