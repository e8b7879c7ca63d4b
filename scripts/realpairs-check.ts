// Checks the real-pairs manifests: every field there, every label known, every sentence of each
// stored page text labelled once, every caveat a sentence of its source. Prints what is wrong.
//   npx tsx scripts/realpairs-check.ts
import { existsSync } from 'node:fs';
import {
  LABELS,
  loadPages,
  loadSources,
  readBody,
  referenceSentences,
  textPath,
} from './lib/realpairs';

const problems: string[] = [];
const sources = loadSources();
const byId = new Map(sources.map((s) => [s.id, s]));
for (const s of sources) {
  for (const field of ['id', 'url', 'title', 'date', 'author', 'kind', 'text'] as const)
    if (!s[field]) problems.push(`source ${s.id}: no ${field}`);
  const file = textPath(s.text);
  if (!existsSync(file)) {
    problems.push(`source ${s.id}: text missing (${file})`);
    continue;
  }
  const ids = new Set(referenceSentences(readBody(file).body).map((r) => r.id));
  for (const c of s.caveats ?? [])
    if (!ids.has(c.id)) problems.push(`source ${s.id}: caveat ${c.id} is no sentence of its text`);
}
let labelled = 0;
for (const p of loadPages()) {
  for (const field of ['id', 'url', 'title', 'date', 'sourceAuthor', 'split', 'text'] as const)
    if (!p[field]) problems.push(`page ${p.id}: no ${field}`);
  for (const sid of p.sources ?? [])
    if (!byId.has(sid)) problems.push(`page ${p.id}: unknown source ${sid}`);
  if (!['dev', 'heldout'].includes(p.split))
    problems.push(`page ${p.id}: split must be dev or heldout`);
  const file = textPath(p.text);
  if (!existsSync(file)) {
    problems.push(`page ${p.id}: text missing (${file})`);
    continue;
  }
  const ref = referenceSentences(readBody(file).body);
  const labels = new Map<string, number>();
  for (const l of p.sentences ?? []) {
    labels.set(l.id, (labels.get(l.id) ?? 0) + 1);
    if (!LABELS.includes(l.label))
      problems.push(`page ${p.id}: ${l.id}: unknown label "${l.label}"`);
    if (!l.reason) problems.push(`page ${p.id}: ${l.id}: no reason`);
  }
  for (const r of ref) if (!labels.has(r.id)) problems.push(`page ${p.id}: not labelled: ${r.id}`);
  for (const [id, n] of labels) {
    if (n > 1) problems.push(`page ${p.id}: ${id} labelled ${n} times`);
    if (!ref.some((r) => r.id === id))
      problems.push(`page ${p.id}: ${id} is no sentence of its text`);
  }
  labelled += p.sentences?.length ?? 0;
}
const pages = loadPages();
console.log(
  `${sources.length} sources, ${pages.length} pages (${pages.filter((p) => p.split === 'heldout').length} held out), ${labelled} labelled sentences`,
);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
