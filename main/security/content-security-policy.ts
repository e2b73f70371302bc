/**
 * The renderer's Content-Security-Policy, sent as a response header by whoever serves it
 * (the app:// protocol in Electron, the browser host). Nothing from an article may load
 * or run: only our own scripts and styles, images only from our origin or data: (placeholders).
 */
export function contentSecurityPolicy(options: { allowConnectToSelf: boolean }): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    options.allowConnectToSelf ? "connect-src 'self'" : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ];
  return directives.join('; ');
}
