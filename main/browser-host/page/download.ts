import { DOWNLOAD_PATH, type DownloadRequest } from './host-protocol';

/**
 * Hands a file from the host to the browser's downloads: a link with `download` to the host's
 * one-time address is a download, not a navigation, so the app stays where it is.
 */
export function startDownload({ url, name }: DownloadRequest): void {
  if (!url.startsWith(DOWNLOAD_PATH)) return;
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
