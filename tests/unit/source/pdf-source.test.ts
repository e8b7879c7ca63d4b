import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfInNode } from '../../../cli/pdf';
import { extractArticle } from '../../../lib/extract/extract';
import { parseHtmlDocument } from '../../../lib/extract/parse-html';
import { withPdfPages } from '../../../lib/extract/pdf-pages';
import { blocksOfPage, pdfToHtml, type PdfTextRun } from '../../../lib/extract/pdf-text';
import { arxivFullText } from '../../../lib/source/arxiv-address';
import { fetchSourceHtml } from '../../../lib/source/fetch-source';
import { textFragmentUrl } from '../../../lib/source/text-fragment';
import { BROKEN_PDF, makePdf } from '../../../scripts/lib/make-pdf.mjs';
import { english } from '../../../lib/words/english';

// A made-up two-page report; every sentence is written for this test.
const PAGE_ONE = [
  'Ledger Reader: reading invoices with a small model',
  'We trained a small document model on forty thousand invoices from three regional accounting firms. It reads the totals correctly on most of them.',
  'On our held-out set the model read the invoice total correctly in 91% of cases, against 84% for the general model we compared it with.',
];
const PAGE_TWO = [
  'Limitations',
  'The held-out set comes from the same three firms, so we do not know how the model does on invoices from other countries or in other layouts.',
];
const TEXT_PDF = () =>
  makePdf({ title: 'Ledger Reader technical report', pages: [PAGE_ONE, PAGE_TWO] });

function web(
  routes: Record<string, { status?: number; type?: string; body?: BodyInit; location?: string }>,
) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const route = routes[url];
    if (!route)
      return new Response('not here', { status: 404, headers: { 'content-type': 'text/html' } });
    const headers: Record<string, string> = {
      'content-type': route.type ?? 'text/html; charset=utf-8',
    };
    if (route.location) headers.location = route.location;
    return new Response(route.body ?? '', { status: route.status ?? 200, headers });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('arXiv abstract pages lead to the paper', () => {
  it('maps an abstract page to its HTML version and its PDF, keeping the version', () => {
    expect(arxivFullText('https://arxiv.org/abs/2401.01234')).toEqual({
      id: '2401.01234',
      html: 'https://arxiv.org/html/2401.01234',
      pdf: 'https://arxiv.org/pdf/2401.01234',
    });
    expect(arxivFullText('https://www.arxiv.org/abs/2312.00001v3?context=cs')?.html).toBe(
      'https://arxiv.org/html/2312.00001v3',
    );
    expect(arxivFullText('http://export.arxiv.org/abs/1706.03762/')?.pdf).toBe(
      'https://arxiv.org/pdf/1706.03762',
    );
  });

  it('an old-style identifier has a PDF and no HTML version', () => {
    expect(arxivFullText('https://arxiv.org/abs/hep-th/9901001')).toEqual({
      id: 'hep-th/9901001',
      html: null,
      pdf: 'https://arxiv.org/pdf/hep-th/9901001',
    });
  });

  it('leaves other addresses alone: the PDF and HTML themselves, listings, other sites', () => {
    for (const url of [
      'https://arxiv.org/pdf/2401.01234',
      'https://arxiv.org/html/2401.01234v1',
      'https://arxiv.org/list/cs.CL/recent',
      'https://arxiv.org/abs/not-an-id',
      'https://notarxiv.org/abs/2401.01234',
      'ftp://arxiv.org/abs/2401.01234',
    ])
      expect(arxivFullText(url), url).toBeNull();
  });
});

describe('a PDF’s text, with PDF.js', () => {
  it('reads blocks with their page, and the document’s title', async () => {
    const read = await readPdfInNode(TEXT_PDF(), new AbortController().signal);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text.title).toBe('Ledger Reader technical report');
    expect(read.text.pageCount).toBe(2);
    // Each paragraph is one block even where it wraps over several lines.
    expect(read.text.blocks).toEqual([
      ...PAGE_ONE.map((text) => ({ page: 1, text })),
      ...PAGE_TWO.map((text) => ({ page: 2, text })),
    ]);
  });

  it('a PDF with only pictures of pages (a scan) has no text', async () => {
    expect(
      await readPdfInNode(
        makePdf({ pages: [[], []], scanned: true }),
        new AbortController().signal,
      ),
    ).toEqual({ ok: false, reason: 'no-text' });
  });

  it('a PDF locked with a password, and a damaged one, say so', async () => {
    expect(
      await readPdfInNode(
        makePdf({ pages: [PAGE_ONE], encrypted: true }),
        new AbortController().signal,
      ),
    ).toEqual({ ok: false, reason: 'encrypted' });
    expect(await readPdfInNode(BROKEN_PDF.slice(), new AbortController().signal)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('joins a word hyphenated at a line end, and starts a block after a short line ending a sentence', () => {
    const run = (str: string, y: number, width: number): PdfTextRun => ({
      str,
      hasEOL: true,
      transform: [1, 0, 0, 1, 72, y],
      width,
      height: 10,
    });
    expect(
      blocksOfPage([
        run('The model reads the totals of invoices in many lay-', 700, 300),
        run('outs and currencies, and it does so quickly on a laptop.', 688, 300),
        run('It was trained in a week.', 676, 120),
        run('A second paragraph starts here.', 664, 180),
      ]),
    ).toEqual([
      'The model reads the totals of invoices in many layouts and currencies, and it does so quickly on a laptop. It was trained in a week.',
      'A second paragraph starts here.',
    ]);
  });

  it('escapes everything the PDF says when it makes HTML of it', () => {
    const html = pdfToHtml(
      {
        title: '<b>T</b>',
        pageCount: 1,
        blocks: [{ page: 1, text: 'a <script>alert(1)</script> & "b"' }],
      },
      'x.pdf',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;b&quot;');
  });
});

describe('fetching a PDF source', () => {
  it('a PDF by its type is read as HTML with its pages; passages link to their page', async () => {
    const { fetchImpl } = web({
      'https://lab.example/report': { type: 'application/pdf', body: TEXT_PDF() },
    });
    const result = await fetchSourceHtml('https://lab.example/report', {
      fetchImpl,
      readPdf: readPdfInNode,
    });
    expect(result.ok && result.format).toBe('pdf');
    if (!result.ok) return;
    const doc = parseHtmlDocument(result.html, result.finalUrl);
    const article = withPdfPages(extractArticle(doc, { url: result.finalUrl }), doc);
    expect(article.title).toBe('Ledger Reader technical report');
    expect(article.text).toContain('91% of cases');
    expect(article.pages?.map((p) => p.page)).toEqual([1, 2]);
    const limits = article.sentences.find((s) => s.text.startsWith('The held-out set comes from'))!;
    expect(textFragmentUrl(article, limits.text)).toBe('https://lab.example/report#page=2');
    const figure = article.sentences.find((s) => s.text.includes('91%'))!;
    expect(textFragmentUrl(article, figure.text)).toBe('https://lab.example/report#page=1');
    // A web page's passage still gets a text fragment.
    expect(textFragmentUrl({ url: 'https://lab.example/post', text: 'x' }, 'A short passage')).toBe(
      'https://lab.example/post#:~:text=A%20short%20passage',
    );
  });

  it('untyped bytes at a .pdf address are a PDF; without a PDF reader a PDF is not a page', async () => {
    const { fetchImpl } = web({
      'https://lab.example/r.pdf': { type: 'application/octet-stream', body: TEXT_PDF() },
    });
    expect(
      (await fetchSourceHtml('https://lab.example/r.pdf', { fetchImpl, readPdf: readPdfInNode }))
        .ok,
    ).toBe(true);
    const without = await fetchSourceHtml('https://lab.example/r.pdf', { fetchImpl });
    expect(without.ok ? null : without.reason).toBe('not-html');
  });

  it('a scanned, a locked and a damaged PDF each get their own plain message', async () => {
    const { fetchImpl } = web({
      'https://lab.example/scan': {
        type: 'application/pdf',
        body: makePdf({ pages: [[]], scanned: true }),
      },
      'https://lab.example/locked': {
        type: 'application/pdf',
        body: makePdf({ pages: [PAGE_ONE], encrypted: true }),
      },
      'https://lab.example/broken': { type: 'application/pdf', body: BROKEN_PDF.slice() },
      'https://lab.example/html': {
        type: 'application/pdf',
        body: '<!doctype html><p>not a pdf</p>',
      },
    });
    const message = async (url: string) => {
      const r = await fetchSourceHtml(url, { fetchImpl, readPdf: readPdfInNode });
      return r.ok ? null : [r.reason, english(r.messages.message)];
    };
    expect(await message('https://lab.example/scan')).toEqual([
      'unreadable-pdf',
      expect.stringMatching(/PDF with no text in it.*scan/),
    ]);
    expect(await message('https://lab.example/locked')).toEqual([
      'unreadable-pdf',
      expect.stringMatching(/locked with a password/),
    ]);
    expect(await message('https://lab.example/broken')).toEqual([
      'unreadable-pdf',
      expect.stringMatching(/looks damaged/),
    ]);
    expect(await message('https://lab.example/html')).toEqual([
      'unreadable-pdf',
      expect.stringMatching(/looks damaged/),
    ]);
  });

  it('a PDF larger than the limit is not read; one that takes too long stops at the time limit', async () => {
    const { fetchImpl } = web({
      'https://lab.example/report': { type: 'application/pdf', body: TEXT_PDF() },
    });
    const big = await fetchSourceHtml('https://lab.example/report', {
      fetchImpl,
      readPdf: readPdfInNode,
      limits: { maxBytes: 100 },
    });
    expect(big.ok ? null : big.reason).toBe('too-large');
    const slow = await fetchSourceHtml('https://lab.example/report', {
      fetchImpl,
      limits: { timeoutMs: 50 },
      readPdf: (_data, signal) =>
        new Promise((resolve) =>
          signal.addEventListener('abort', () => resolve({ ok: false, reason: 'timeout' })),
        ),
    });
    expect(slow.ok ? null : [slow.reason, english(slow.messages.message)]).toEqual([
      'timeout',
      expect.stringMatching(/PDF that took longer than/),
    ]);
  });

  it('an arXiv abstract page is read from its HTML version where there is one', async () => {
    const paper =
      '<!doctype html><html><head><title>A paper</title></head><body><article><h1>A paper</h1><p>' +
      'Words of the paper itself. '.repeat(20) +
      '</p></article></body></html>';
    const { asked, fetchImpl } = web({ 'https://arxiv.org/html/2401.01234': { body: paper } });
    const result = await fetchSourceHtml('https://arxiv.org/abs/2401.01234', {
      fetchImpl,
      readPdf: readPdfInNode,
    });
    expect(asked).toEqual(['https://arxiv.org/html/2401.01234']);
    expect(result.ok && [result.url, result.finalUrl, result.format]).toEqual([
      'https://arxiv.org/abs/2401.01234',
      'https://arxiv.org/html/2401.01234',
      'html',
    ]);
  });

  it('an arXiv abstract page without an HTML version is read from its PDF', async () => {
    const { asked, fetchImpl } = web({
      'https://arxiv.org/pdf/2401.01234': { type: 'application/pdf', body: TEXT_PDF() },
    });
    const result = await fetchSourceHtml('https://arxiv.org/abs/2401.01234', {
      fetchImpl,
      readPdf: readPdfInNode,
    });
    expect(asked).toEqual([
      'https://arxiv.org/html/2401.01234',
      'https://arxiv.org/pdf/2401.01234',
    ]);
    expect(result.ok && [result.finalUrl, result.format]).toEqual([
      'https://arxiv.org/pdf/2401.01234',
      'pdf',
    ]);
  });
});

describe('unspun analyze --source file.pdf', () => {
  it('reads a local PDF as the source, and links passages to their page', async () => {
    const { main } = await import('../../../cli/main');
    const { PassThrough } = await import('node:stream');
    const dir = mkdtempSync(path.join(tmpdir(), 'unspun-pdf-'));
    const pdf = path.join(dir, 'ledger-reader.pdf');
    writeFileSync(pdf, TEXT_PDF());
    const page = path.join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html lang="en"><head><title>Ledger Reader beats every model</title></head><body><article><h1>Ledger Reader beats every model</h1>
      <p>A lab trained a small document model on forty thousand invoices from three regional accounting firms.</p>
      <p>On the held-out set the model read the invoice total correctly in 91% of cases, against 84% for a general model.</p>
      <p>The company says every accounting firm will switch to it this year.</p></article></body></html>`,
    );
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d));
    const stdin = new PassThrough();
    stdin.end('');
    const code = await main(
      ['analyze', page, '--url', 'https://news.example/ledger', '--source', pdf],
      { stdin, stdout, stderr },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.spin.basis).toBe('page+source');
    expect(report.source.url).toBe(`file://${pdf}`);
    const matched = report.claims.filter((c: { match?: { fragmentUrl: string } }) => c.match);
    expect(matched.length).toBeGreaterThan(0);
    for (const c of matched) {
      const page = PAGE_ONE.some((p) => p.includes(c.match.text)) ? 1 : 2;
      expect(c.match.fragmentUrl).toBe(`file://${pdf}#page=${page}`);
    }
    expect(matched.map((c: { match: { fragmentUrl: string } }) => c.match.fragmentUrl)).toContain(
      `file://${pdf}#page=1`,
    );
  });

  it('a scanned PDF as --source: a plain message', async () => {
    const { loadArticle } = await import('../../../cli/load-input');
    const dir = mkdtempSync(path.join(tmpdir(), 'unspun-pdf-'));
    const pdf = path.join(dir, 'scan.pdf');
    writeFileSync(pdf, makePdf({ pages: [[]], scanned: true }));
    await expect(loadArticle(pdf)).rejects.toThrow(
      /scan\.pdf: The source is a PDF with no text in it/,
    );
  });
});
