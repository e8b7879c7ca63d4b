// Lists the sentences of a stored page or source text as the real-pairs corpus names them, one
// `id<TAB>text` a line, so every sentence can be labelled:
//   npx tsx scripts/realpairs-sentences.ts tests/realpairs/texts/pages/<id>.txt
// With --skeleton, prints the `sentences` array of a page entry to fill in instead.
import { readBody, referenceSentences } from './lib/realpairs';

const args = process.argv.slice(2);
const skeleton = args.includes('--skeleton');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  console.error('Usage: npx tsx scripts/realpairs-sentences.ts [--skeleton] <text file>...');
  process.exit(2);
}
for (const file of files) {
  const sentences = referenceSentences(readBody(file).body);
  if (skeleton)
    console.log(
      JSON.stringify(
        sentences.map((s) => ({ id: s.id, label: '', reason: '' })),
        null,
        2,
      ),
    );
  else for (const s of sentences) console.log(`${s.id}\t${s.text}`);
}
