import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';

const root = path.resolve(__dirname, '../..');
async function run(args: string[], stdinText = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(stdinText);
  const code = await main(args, { stdin, stdout, stderr });
  return { code, out, err };
}

describe('unspun analyze', () => {
  it('prints one Report as JSON for one page, compared with a given source', async () => {
    const { code, out } = await run([
      'analyze',
      path.join(root, 'seeds/fixtures/004.html'),
      '--url',
      'https://aiworkflowcenter.example/news/why-specialization-is-inevitable',
      '--source',
      path.join(root, 'seeds/sources/why-specialization-is-inevitable.html'),
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.page.url).toBe(
      'https://aiworkflowcenter.example/news/why-specialization-is-inevitable',
    );
    expect(report.spin.basis).toBe('page+source');
    // The saved source's own canonical address tells the command line where it came from.
    expect(report.source.url).toBe(
      'https://huggingface.co/blog/Dharma-AI/why-specialization-is-inevitable',
    );
    expect(report.flags.map((f: { id: string }) => f.id)).toContain('attribution-mismatch');
  });

  it('--feed: a page that names its source without a link finds it in a given feed (repeatable)', async () => {
    const { code, out, err } = await run([
      'analyze',
      path.join(root, 'seeds/fixtures/001.html'),
      '--url',
      'https://jmacweb.example/news/ai/specialization-beats-scale',
      '--feed',
      path.join(root, 'seeds/feeds/with-summaries.xml'),
      '--feed',
      path.join(root, 'seeds/feeds/with-summaries.xml'),
      '--no-follow',
    ]);
    expect(code).toBe(0);
    expect(err).toContain('found a likely source');
    const report = JSON.parse(out);
    expect(report.sourceCandidates[0].url).toBe(
      'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale',
    );
    expect(report.sourceCandidates.map((c: { url: string }) => c.url)).not.toContain(
      'https://huggingface.co/blog/some-kitchen/specialization-beats-scale',
    );
  });

  describe('--feed with a thin feed (title and link only, as the Hugging Face blog’s)', () => {
    const DHARMA = 'https://huggingface.co/blog/Dharma-AI/specialization-beats-scale';
    const KITCHEN = 'https://huggingface.co/blog/some-kitchen/specialization-beats-scale';
    const args = [
      'analyze',
      path.join(root, 'seeds/fixtures/001.html'),
      '--url',
      'https://jmacweb.example/news/ai/specialization-beats-scale',
      '--feed',
      path.join(root, 'seeds/feeds/huggingface-blog.xml'),
    ];
    /** The web, offline: the posts the thin feed lists, from their fixture files. */
    const fakeWeb = (pages: Record<string, string | number>) => {
      const asked: string[] = [];
      vi.stubGlobal('fetch', async (input: string | URL) => {
        const url = String(input);
        asked.push(url);
        const page = pages[url];
        if (typeof page !== 'string')
          return new Response('gone', {
            status: page ?? 404,
            headers: { 'content-type': 'text/plain' },
          });
        return new Response(readFileSync(path.join(root, page), 'utf8'), {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        });
      });
      return asked;
    };
    afterEach(() => void vi.unstubAllGlobals());

    it('reads the posts whose titles agree, and follows the one whose text agrees, not the impostor', async () => {
      const asked = fakeWeb({
        [DHARMA]: 'seeds/sources/specialization-beats-scale.html',
        [KITCHEN]: 'seeds/feeds/posts/some-kitchen-specialization-beats-scale.html',
      });
      const { code, out, err } = await run(args);
      expect(code).toBe(0);
      expect(asked.filter((u) => u === KITCHEN)).toHaveLength(1);
      expect(err).toContain(
        `found a likely source in ${path.join(root, 'seeds/feeds/huggingface-blog.xml')}: ${DHARMA}`,
      );
      expect(err).toMatch(
        /some-kitchen\/specialization-beats-scale: .*has this page’s title, but its post says something else/,
      );
      const report = JSON.parse(out);
      expect(report.sourceCandidates[0].url).toBe(DHARMA);
      expect(report.sourceCandidates[0].reasons[2]).toMatch(/^its post read/);
      // Listed first; followed for the comparison only from CONFIDENT on, as any candidate.
      expect(report.sourceCandidates[0].confidence).toBeGreaterThanOrEqual(0.5);
    });

    it('offers nothing when the post cannot be read, and says so', async () => {
      fakeWeb({
        [DHARMA]: 404,
        [KITCHEN]: 'seeds/feeds/posts/some-kitchen-specialization-beats-scale.html',
      });
      const { code, out, err } = await run(args);
      expect(code).toBe(0);
      expect(err).toMatch(
        /“Specialization Beats Scale: .*” has this page’s title, but its post could not be read \(.*404.*\), so it is not offered\./,
      );
      expect(err).not.toContain('found a likely source');
      expect(JSON.parse(out).spin.basis).toBe('page');
    });

    it('with --no-follow reads no post and says so', async () => {
      const asked = fakeWeb({});
      const { code, err } = await run([...args, '--no-follow']);
      expect(code).toBe(0);
      expect(asked).toEqual([]);
      expect(err).toMatch(
        /2 post\(s\) with this page's title carry only a title and a link; not read \(--no-follow\)/,
      );
    });
  });

  it('--feed that is not a feed: a plain message', async () => {
    const { code, err } = await run([
      'analyze',
      path.join(root, 'seeds/fixtures/001.html'),
      '--feed',
      path.join(root, 'seeds/fixtures/000.html'),
      '--no-follow',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('no RSS or Atom items');
  });

  it('prints an array for several pages, and a readable summary as markdown', async () => {
    const pages = ['000', '003'].map((id) => path.join(root, `seeds/fixtures/${id}.html`));
    const json = await run(['analyze', ...pages, '--no-follow']);
    expect(JSON.parse(json.out)).toHaveLength(2);
    const md = await run(['analyze', pages[0]!, '--no-follow', '--format', 'markdown']);
    expect(md.out).toMatch(/^# Specialization Beats Scale/);
    expect(md.out).toContain('## Spin score:');
  });

  it('says plainly what is wrong with unreadable input, and exits non-zero', async () => {
    const missing = await run(['analyze', '/no/such/page.html']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('/no/such/page.html: no such file.');
    const noArticle = await run([
      'analyze',
      path.join(root, 'tests/e2e/pages/no-article.html'),
      '--no-follow',
    ]);
    expect(noArticle.code).toBe(1);
    expect(noArticle.err).toContain('no article');
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['analyze', 'x.html', '--format', 'pdf'])).err).toContain('Unknown format');
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('unspun analyze --source with READMEs', () => {
  // A restatement and the two texts it restates, written here: a model's README and its launch note.
  const dir = mkdtempSync(path.join(tmpdir(), 'unspun-readme-'));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const readme = file(
    'README.md',
    `---\nlicense: mit\n---\n# Zephyr-7B\n\nZephyr-7B is a language model with seven billion parameters, trained by Zephyr Labs on public web text over three months.\n\n## Evaluation\n\nOn reading comprehension it matches models twice its size, though it trails them on multi-step arithmetic.\n\n| Benchmark | Zephyr-7B | Baseline-13B |\n|---|---|---|\n| ReadBench | 71.2 | 70.8 |\n| MathSteps | 38.5 | 44.1 |\n\n\`\`\`bash\npython serve.py --port 8080\n\`\`\`\n`,
  );
  const note = file(
    'launch.md',
    `# Zephyr-7B is out\n\nThe weights of Zephyr-7B can be downloaded today under the MIT licence, and a hosted version opens to testers next month.\n`,
  );
  const page = file(
    'page.html',
    `<html><head><title>Zephyr-7B beats bigger models</title></head><body><article><h1>Zephyr-7B beats bigger models</h1><p>Zephyr Labs released Zephyr-7B this week, a language model with seven billion parameters trained on public web text.</p><p>The weights of Zephyr-7B can be downloaded today under the MIT licence, the company said.</p><p>On reading comprehension it matches models twice its size, scoring 71.2 on ReadBench against 70.8 for Baseline-13B.</p><p>Observers expect other small labs to publish similar models before the end of the year, and the race continues.</p></article></body></html>`,
  );

  it('reads a local Markdown file as the source: its text and its tables, without front matter or code', async () => {
    const { code, out } = await run([
      'analyze',
      page,
      '--url',
      'https://news.example/zephyr',
      '--source',
      readme,
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.spin.basis).toBe('page+source');
    expect(report.source.url).toBe(`file://${readme}`);
    expect(report.source.title).toBe('Zephyr-7B');
    const scores = report.claims.find((c: { text: string }) => c.text.includes('71.2'));
    expect(scores.match.text).toMatch(/reading comprehension|ReadBench/);
    expect(out).not.toContain('serve.py');
    expect(out).not.toContain('license: mit');
  });

  it('--source given twice: both are read, one after the other, under the first one’s address', async () => {
    const one = JSON.parse(
      (await run(['analyze', page, '--url', 'https://news.example/zephyr', '--source', readme]))
        .out,
    );
    const both = JSON.parse(
      (
        await run([
          'analyze',
          page,
          '--url',
          'https://news.example/zephyr',
          '--source',
          readme,
          '--source',
          note,
        ])
      ).out,
    );
    const weights = (report: {
      claims: { text: string; status: string; match?: { text: string } }[];
    }) => report.claims.find((c) => c.text.startsWith('The weights'))!;
    expect(weights(one).match?.text ?? '').not.toContain('MIT licence');
    expect(weights(both).match?.text).toContain('MIT licence');
    expect(both.source.url).toBe(`file://${readme}`);
  });

  it('says so in its usage', async () => {
    const { out } = await run(['analyze', '--help']);
    expect(out).toContain('--source <file.html|file.md|file.pdf|url>]...');
    expect(out).toContain('github.com/ORG/REPO');
  });
});

describe('unspun claims', () => {
  it('reads one sentence per line and writes JSON lines with strength and cues', async () => {
    const { code, out } = await run(
      ['claims', '-'],
      'Small models always win.\n\nThey may help in some cases.\n',
    );
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.strength)).toEqual(['universal', 'conditional']);
    expect(rows[1]).toMatchObject({
      uncertain: true,
      hedges: [{ text: 'may' }, { text: 'in some cases' }],
    });
    expect(Object.keys(rows[0])).toEqual(['text', 'strength', 'hedges', 'boosters', 'uncertain']);
  });
});
