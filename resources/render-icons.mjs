// Renders the app icons from icon.svg (48 px and up) and icon-small.svg (16-32 px, drawn on the pixel
// grid): icons/NNNxNNN.png for Linux, icon.png, icon.ico and icon.icns. Run after editing an SVG:
//   node resources/render-icons.mjs
// Needs rsvg-convert (apt: librsvg2-bin) and ImageMagick's convert (apt: imagemagick).
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SMALL = [16, 24, 32];
const LARGE = [48, 64, 128, 256, 512, 1024];
const png = (size) => join(here, 'icons', `${size}x${size}.png`);

mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of [...SMALL, ...LARGE]) {
  const source = join(here, SMALL.includes(size) ? 'icon-small.svg' : 'icon.svg');
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), source, '-o', png(size)]);
}
copyFileSync(png(1024), join(here, 'icon.png'));

// ICO: 16-32 px as BMP entries (ImageMagick), which every Windows tool reads; 48-256 px as PNG
// entries, which Windows 10 reads and which keep the file small.
const bmpIco = join(tmpdir(), `workbench-small-${process.pid}.ico`);
execFileSync('convert', [...SMALL.map(png), bmpIco]);
const small = readFileSync(bmpIco);
const entries = [];
for (let i = 0; i < small.readUInt16LE(4); i++) {
  const at = 6 + 16 * i;
  entries.push({
    header: small.subarray(at, at + 8),
    data: small.subarray(small.readUInt32LE(at + 12), small.readUInt32LE(at + 12) + small.readUInt32LE(at + 8)),
  });
}
for (const size of [48, 64, 128, 256]) {
  const header = Buffer.from([size % 256, size % 256, 0, 0, 1, 0, 32, 0]);
  entries.push({ header, data: readFileSync(png(size)) });
}
const directory = Buffer.alloc(6 + 16 * entries.length);
directory.writeUInt16LE(1, 2);
directory.writeUInt16LE(entries.length, 4);
let offset = directory.length;
entries.forEach((entry, i) => {
  entry.header.copy(directory, 6 + 16 * i);
  directory.writeUInt32LE(entry.data.length, 6 + 16 * i + 8);
  directory.writeUInt32LE(offset, 6 + 16 * i + 12);
  offset += entry.data.length;
});
writeFileSync(join(here, 'icon.ico'), Buffer.concat([directory, ...entries.map((entry) => entry.data)]));

// ICNS: PNG entries only (macOS 10.7+), 1x and @2x.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const chunks = ICNS_TYPES.map(([type, size]) => {
  const data = readFileSync(png(size));
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(8 + data.length, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'latin1');
icnsHead.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
writeFileSync(join(here, 'icon.icns'), Buffer.concat([icnsHead, ...chunks]));
