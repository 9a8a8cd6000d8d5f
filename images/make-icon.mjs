#!/usr/bin/env node
// Draws images/icon.png (128×128): a shield with a check mark on a dark rounded square.
// Plain Node (zlib for the PNG's deflate); 4×4 supersampling for smooth edges.
// Run: node images/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4;
const background = [0x16, 0x21, 0x3a];
const shield = [0x2b, 0xb3, 0xa3];
const mark = [0xff, 0xff, 0xff];

function inRoundedSquare(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x) - (1 - r), 0);
  const dy = Math.max(Math.abs(y) - (1 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

// Shield in a [-1,1]² frame: flat top, straight sides, sides curving to a point at the bottom.
function inShield(x, y) {
  const top = -0.72;
  const shoulder = 0.05;
  const bottom = 0.8;
  if (y < top || y > bottom) return false;
  let half = 0.62;
  if (y > shoulder) {
    const t = (y - shoulder) / (bottom - shoulder);
    half = 0.62 * Math.sqrt(Math.max(0, 1 - t * t));
  }
  // a slight dip in the middle of the top edge
  const dip = 0.08 * (1 - (x / 0.62) ** 2);
  return Math.abs(x) <= half && y >= top + Math.max(0, dip) * 0.6;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  const cx = ax + t * vx - px;
  const cy = ay + t * vy - py;
  return Math.sqrt(cx * cx + cy * cy);
}

function inCheck(x, y) {
  const w = 0.085;
  return distToSegment(x, y, -0.3, 0.02, -0.07, 0.27) <= w || distToSegment(x, y, -0.07, 0.27, 0.33, -0.2) <= w;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = ((px + (sx + 0.5) / SS) / SIZE) * 2 - 1;
        const y = ((py + (sy + 0.5) / SS) / SIZE) * 2 - 1;
        if (!inRoundedSquare(x, y)) continue;
        const c = inCheck(x, y) ? mark : inShield(x, y) ? shield : background;
        r += c[0]; g += c[1]; b += c[2]; a += 255;
      }
    }
    const n = SS * SS;
    const covered = a / 255;
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    raw[o] = covered ? Math.round(r / covered) : 0;
    raw[o + 1] = covered ? Math.round(g / covered) : 0;
    raw[o + 2] = covered ? Math.round(b / covered) : 0;
    raw[o + 3] = Math.round(a / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
