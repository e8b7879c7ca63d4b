// node scripts/make-icons.mjs: renders assets/icon.svg to public/icon/<size>.png, which WXT lists
// as the manifest's icons, and store/promo.html to store/promo-440x280.png, in headless Chromium.
// Run it after editing either source, then commit the PNGs.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureBrowser } from './lib/browsers.mjs';

const SIZES = [16, 32, 48, 96, 128];
// The Chrome Web Store asks for 96 px of artwork centred in the 128 px icon (16 px of transparent
// padding per side); the smaller sizes are drawn edge to edge, as toolbars and menus expect.
const PADDING = { 128: 16 };
const PROMO = { width: 440, height: 280 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'));

// No calls home, and no sandbox as root (as in scripts/lib/browsers.mjs).
const args = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');
const browser = await chromium.launch({ executablePath: ensureBrowser('chromium'), args });

try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(path.join(root, 'public/icon'), { recursive: true });
  for (const size of SIZES) {
    const pad = PADDING[size] ?? 0;
    const art = size - 2 * pad;
    await page.setViewportSize({ width: size, height: size });
    // As an <img>, so the SVG is drawn the way a browser draws an image of it, at its final size.
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img alt="" width="${art}" height="${art}" ` +
        `style="display:block;margin:${pad}px" src="${src}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true });
    write(`public/icon/${size}.png`, png, size, size);
  }

  // The promo tile is opaque: the store wants a 24-bit PNG without alpha.
  await page.setViewportSize(PROMO);
  await page.goto(pathToFileURL(path.join(root, 'store/promo.html')).href);
  await page.evaluate(() =>
    Promise.all([document.fonts.ready, ...Array.from(document.images, (img) => img.decode())]),
  );
  const promo = await page.screenshot({ omitBackground: true });
  write('store/promo-440x280.png', withoutAlpha(promo), PROMO.width, PROMO.height);
} finally {
  await browser.close();
}

/** Writes a PNG after checking its size, and says so. */
function write(file, png, width, height) {
  const got = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  if (got.width !== width || got.height !== height) {
    throw new Error(`${file}: rendered ${got.width}×${got.height}, expected ${width}×${height}`);
  }
  writeFileSync(path.join(root, file), png);
  console.log(`${file}  ${width}×${height}  ${png.length} bytes`);
}

/**
 * The same image as an RGB PNG (colour type 2), for a screenshot of an opaque page: Chromium
 * writes RGBA. Throws if any pixel is not fully opaque. Handles 8-bit, non-interlaced RGBA only.
 */
function withoutAlpha(png) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colour, , , interlace] = png.subarray(24, 29);
  if (colour === 2) return png;
  if (depth !== 8 || colour !== 6 || interlace !== 0) {
    throw new Error('Unexpected PNG format from Chromium.');
  }
  const idat = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? rgba[y * stride + x - 4] : 0;
      const b = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`Unknown PNG filter ${filter}.`);
      rgba[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  const rgb = Buffer.alloc(height * (width * 3 + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = y * stride + x * 4;
      if (rgba[from + 3] !== 255) throw new Error(`The promo tile is not opaque at ${x},${y}.`);
      rgba.copy(rgb, y * (width * 3 + 1) + 1 + x * 3, from, from + 3);
    }
  }
  const ihdr = Buffer.from(png.subarray(16, 29));
  ihdr[9] = 2;
  return Buffer.concat([
    png.subarray(0, 8),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rgb, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** PNG's CRC-32 (zlib.crc32 needs Node 20.15). */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
