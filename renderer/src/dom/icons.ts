/**
 * The few toolbar icons, drawn as inline SVG through the DOM (no icon font or image request, and
 * nothing the CSP has to allow). Icons are decorative: the button text or aria-label names the action.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

const ICON_PATHS = {
  plus: ['M12 5v14', 'M5 12h14'],
  chevronDown: ['M6 9l6 6 6-6'],
  keyboard: [
    'M4 6h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1z',
    'M7 10h.01',
    'M11 10h.01',
    'M15 10h.01',
    'M8 14h8',
  ],
  folder: ['M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  document: ['M7 3h7l5 5v13H7z', 'M14 3v5h5', 'M10 13h6', 'M10 17h6'],
  import: ['M12 4v11', 'M7 10l5 5 5-5', 'M5 19h14'],
  search: ['M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z', 'M20 20l-4-4'],
  trash: ['M4 7h16', 'M10 11v6', 'M14 11v6', 'M6 7l1 13h10l1-13', 'M9 7V4h6v3'],
  restore: ['M4 12a8 8 0 1 0 2.3-5.6', 'M4 4v5h5'],
  image: [
    'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z',
    'M3 16l5-5 5 5',
    'M13 14l3-3 5 5',
    'M15.5 8.5h.01',
  ],
  panel: ['M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z', 'M15 5v14'],
  filter: ['M4 6h16', 'M7 12h10', 'M10 18h4'],
  externalLink: ['M14 4h6v6', 'M20 4l-9 9', 'M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5'],
  copy: ['M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1z', 'M5 15H4V4h11v1'],
  alert: ['M12 3l9.5 17h-19z', 'M12 10v4', 'M12 17h.01'],
  check: ['M5 12l5 5 9-10'],
  pin: ['M9 4h6', 'M10 4v6l-3 4h10l-3-4V4', 'M12 14v6'],
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** The path data of an icon, for places that build SVG through another API (ProseMirror's toDOM specs). */
export function iconPaths(name: IconName): readonly string[] {
  return ICON_PATHS[name];
}

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICON_PATHS[name]) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}
