/**
 * Saves text or bytes as a file through the browser's download: a blob: URL on an <a download> is a
 * download, not a navigation, so neither the CSP nor the navigation guard stops it.
 */
export function downloadFile(content: BlobPart, fileName: string, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously, so the URL lives a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
