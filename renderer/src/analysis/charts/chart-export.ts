import { h } from '../../dom/element-builder';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart as a stand-alone SVG file: a copy with its namespace, a white ground and the style
 * rules the window's style sheet gives it, so it looks the same opened anywhere. The copy is never
 * put into the page, whose policy would refuse its <style>.
 */
export function svgFileText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', '#1f1f1f');
  copy.querySelectorAll('[tabindex], [role]').forEach((mark) => {
    mark.removeAttribute('tabindex');
    mark.removeAttribute('role');
  });
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = 'text, tspan { white-space: pre; }';
  const ground = document.createElementNS(SVG_NS, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#ffffff');
  copy.prepend(style, ground);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The SVG drawn on a canvas at twice its size (sharp on high-density screens) as a PNG. */
export async function pngOf(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  // A data: URL (the policy allows data: images); the SVG holds no external reference, so the
  // canvas stays readable.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const scale = 2;
  const canvas = h('canvas', { attrs: { width: width * scale, height: height * scale } });
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This window cannot draw images.');
  context.drawImage(image, 0, 0, width * scale, height * scale);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('The chart could not be turned into a PNG.')) : resolve(blob)),
      'image/png',
    );
  });
}

/**
 * Saves a file through the browser's download, as the app saves files it makes in the window (the
 * schema): a blob: URL on an <a download> is a download, not a navigation, so neither the CSP nor
 * the navigation guard stops it; Electron's session saves it to the downloads folder.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { attrs: { href: url, download: fileName, hidden: true } });
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob asynchronously, so the URL lives a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
