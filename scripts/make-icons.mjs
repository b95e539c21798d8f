#!/usr/bin/env node
// Draws the app's icons (public/icons/) from the same shapes as public/favicon.svg:
// three bars rising on a blue tile. Run once after changing the design; the PNGs are
// committed (a few kB), so neither the build nor CI needs an image tool.
//   node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../public/icons/', import.meta.url);
const BLUE = [0x1f, 0x4e, 0x9c];
const WHITE = [0xff, 0xff, 0xff];
const YELLOW = [0xff, 0xd1, 0x66];
/** The favicon's bars, in its 32 × 32 units. */
const BARS = [
  { x: 6, y: 18, w: 5, h: 8, color: WHITE },
  { x: 13.5, y: 12, w: 5, h: 14, color: WHITE },
  { x: 21, y: 6, w: 5, h: 20, color: YELLOW },
];

const SVG = (maskable) => {
  // A maskable icon fills its square; the bars (6..26) shrink to 8..24, inside the safe zone (a circle of 80 %).
  const tile = maskable ? '<rect width="32" height="32" fill="#1f4e9c"/>' : '<rect width="32" height="32" rx="6" fill="#1f4e9c"/>';
  const transform = maskable ? ' transform="translate(8 8) scale(0.8) translate(-6 -6)"' : '';
  const bars = BARS.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#${b.color.map((c) => c.toString(16).padStart(2, '0')).join('')}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${tile}<g${transform}>${bars}</g></svg>\n`;
};

/** Inside a rounded square of side 32 with corner radius r? */
function inTile(x, y, r) {
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels of the icon at `size`, 4 × 4 samples per pixel for smooth edges. */
function draw(size, maskable) {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = ((px + (sx + 0.5) / 4) / size) * 32;
          const y = ((py + (sy + 0.5) / 4) / size) * 32;
          if (!maskable && !inTile(x, y, 6)) continue;
          // In the maskable icon the bars' box (6..26) maps onto 8..24.
          const bx = maskable ? 6 + (x - 8) / 0.8 : x;
          const by = maskable ? 6 + (y - 8) / 0.8 : y;
          const bar = BARS.find((b) => bx >= b.x && bx < b.x + b.w && by >= b.y && by < b.y + b.h);
          const color = bar ? bar.color : BLUE;
          sum[0] += color[0];
          sum[1] += color[1];
          sum[2] += color[2];
          sum[3] += 255;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / 16;
      // Colours are averaged over the covered samples only (no dark fringe at the corners).
      const covered = sum[3] / 255;
      pixels[i] = covered ? Math.round(sum[0] / covered) : 0;
      pixels[i + 1] = covered ? Math.round(sum[1] / covered) : 0;
      pixels[i + 2] = covered ? Math.round(sum[2] / covered) : 0;
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG file: 8-bit RGBA, no filtering, deflated. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL('icon.svg', OUT), SVG(false));
writeFileSync(new URL('icon-maskable.svg', OUT), SVG(true));
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  const file = png(size, draw(size, maskable));
  writeFileSync(new URL(name, OUT), file);
  console.log(`${name}: ${file.length} bytes`);
}
