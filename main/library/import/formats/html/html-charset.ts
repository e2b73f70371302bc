import { encodingForLabel, type SupportedEncoding } from '../../decode-text';

const latin1 = new TextDecoder('latin1');
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w:.]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([-\w.]+)/i;

/**
 * The encoding a page declares in its first kilobytes (`<meta charset>`, the http-equiv
 * Content-Type, or an XHTML file's XML declaration), if the workbench supports it. As in
 * browsers, a declared UTF-16 means UTF-8: the declaration could only be read because the bytes
 * are ASCII-compatible.
 */
export function declaredCharset(bytes: Uint8Array): SupportedEncoding | undefined {
  const head = latin1.decode(bytes.subarray(0, 4096));
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  if (label === undefined) return undefined;
  const encoding = encodingForLabel(label);
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
}
