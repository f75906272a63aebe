/**
 * The characters a WOFF2 font has glyphs for, read from its cmap table: enough of the WOFF2 and
 * OpenType formats to check, at build time, that the self-hosted math font draws every symbol
 * of every formula (a missing one would fall back, silently, to a text font).
 */
import {brotliDecompressSync} from 'node:zlib';

const CMAP_TAG_INDEX = 0; // WOFF2's table of known tags starts with cmap

/** WOFF2's UIntBase128: 7 bits a byte, high bit set on all but the last. */
function base128(buf: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buf[at + i];
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  throw new Error('WOFF2: malformed UIntBase128');
}

/** The cmap table's bytes, from the brotli stream that holds every table in directory order. */
function cmapTable(woff2: Buffer): Buffer {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
  const numTables = woff2.readUInt16BE(12);
  const compressedLength = woff2.readUInt32BE(20);
  let at = 48;
  let offset = 0;
  let cmap: [number, number] | undefined;
  for (let t = 0; t < numTables; t++) {
    const flags = woff2[at++];
    const tagIndex = flags & 0x3f;
    let tag = '';
    if (tagIndex === 63) {
      tag = woff2.toString('latin1', at, at + 4);
      at += 4;
    }
    const transform = flags >> 6;
    let length;
    [length, at] = base128(woff2, at);
    const glyfOrLoca = tagIndex === 10 || tagIndex === 11 || tag === 'glyf' || tag === 'loca';
    if (glyfOrLoca ? transform === 0 : transform !== 0) [length, at] = base128(woff2, at);
    if (tagIndex === CMAP_TAG_INDEX || tag === 'cmap') cmap = [offset, length];
    offset += length;
  }
  if (!cmap) throw new Error('WOFF2: no cmap table');
  const tables = brotliDecompressSync(woff2.subarray(at, at + compressedLength));
  return tables.subarray(cmap[0], cmap[0] + cmap[1]);
}

/** Code points the font maps to a glyph other than .notdef (cmap formats 4 and 12). */
export function fontCodePoints(woff2: Buffer): Set<number> {
  const cmap = cmapTable(woff2);
  const out = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const start = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(start);
    if (platform !== 0 && platform !== 3) continue;
    if (format === 12) {
      const groups = cmap.readUInt32BE(start + 12);
      for (let g = 0; g < groups; g++) {
        const first = cmap.readUInt32BE(start + 16 + g * 12);
        const last = cmap.readUInt32BE(start + 20 + g * 12);
        for (let cp = first; cp <= last; cp++) out.add(cp);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(start + 6) / 2;
      const ends = start + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const last = cmap.readUInt16BE(ends + s * 2);
        const first = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let cp = first; cp <= last && cp !== 0xffff; cp++) {
          let glyph;
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
          else {
            const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - first) * 2);
            glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(cp);
        }
      }
    }
  }
  return out;
}
