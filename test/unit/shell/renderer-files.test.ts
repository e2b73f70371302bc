import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveRendererFile } from '../../../main/security/renderer-files';

const root = resolve('/srv/app/out/renderer');

describe('resolveRendererFile', () => {
  it('maps the root to index.html and paths to files below the renderer folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-Bx1.js')).toBe(join(root, 'assets', 'index-Bx1.js'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveRendererFile(root, '/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it.each([
    ['plain ..', '/../secret.txt'],
    ['.. in the middle', '/assets/../../secret.txt'],
    ['a lone ..', '/..'],
    ['encoded ..', '/%2e%2e/secret.txt'],
    ['upper-case encoded ..', '/%2E%2E/%2E%2E/etc/passwd.txt'],
    ['half-encoded ..', '/.%2e/secret.txt'],
    ['a dot segment', '/./index.html'],
    ['an encoded slash', '/assets%2f..%2f..%2fsecret.txt'],
    ['an encoded backslash', '/..%5c..%5csecret.txt'],
    ['a literal backslash', '/..\\..\\secret.txt'],
    ['an absolute path after //', '//etc/passwd.txt'],
    ['an encoded absolute path', '/%2Fetc%2Fpasswd.txt'],
    ['a Windows drive', '/C:/Windows/win.ini.txt'],
    ['an encoded Windows drive', '/C%3A%5CWindows%5Cwin.txt'],
    ['a NUL byte', '/index.html%00.txt'],
    ['a raw NUL byte', '/index.html\0.txt'],
    ['malformed escapes', '/%E0%A4%A.js'],
    ['a trailing slash (directory)', '/assets/'],
    ['no leading slash', 'index.html'],
  ])('refuses %s', (_name, pathname) => {
    expect(resolveRendererFile(root, pathname)).toBeNull();
  });

  it('refuses file types the renderer build does not produce', () => {
    expect(resolveRendererFile(root, '/assets/index.js.map')).toBe(join(root, 'assets', 'index.js.map'));
    expect(resolveRendererFile(root, '/main.ts')).toBeNull();
    expect(resolveRendererFile(root, '/project.awb')).toBeNull();
    expect(resolveRendererFile(root, '/bin/tool.exe')).toBeNull();
    expect(resolveRendererFile(root, '/assets/no-extension')).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
  ])('%s is %s', (file, type) => expect(mimeTypeOf(file)).toBe(type));

  it('falls back to an inert type', () => {
    expect(mimeTypeOf('data.bin')).toBe('application/octet-stream');
  });
});
