import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import { markdownToHtml, sanitizeHtml, withoutFrontMatter } from '../../lib/extract/markdown';
import { parseHtmlDocument } from '../../lib/extract/parse-html';

// A README and a model card written here, in the shapes real ones take.
const README = `<div align="center"><img src="logo.png" alt="Zephyr"></div>

# Zephyr-7B

[![License](https://img.shields.io/badge/license-MIT-green)](LICENSE)

## Introduction

We present Zephyr-7B, a small language model trained on 2 trillion tokens. On our internal evaluation it
matches larger models on reading comprehension, though it trails them on multi-step arithmetic.

## Highlights

- **Small**: 7 billion parameters, runs on one consumer GPU.
- **Open**: weights released under the MIT licence.

## Evaluation

| Benchmark | Zephyr-7B | Baseline-13B |
|:---|:---:|:---:|
| ReadBench (Acc) | **71.2** | 70.8 |
| MathSteps (Acc) | 38.5 | 44.1 |

\`\`\`bash
python serve.py --port 8080 --gpus 4
\`\`\`
`;

const CARD = `---
license: mit
tags:
- text-generation
---

# Zephyr-7B-Instruct

The instruction-tuned Zephyr model follows short instructions in English and answers questions about documents.
`;

const article = (html: string, url = 'https://github.com/zephyr-labs/zephyr-7b') =>
  extractArticle(parseHtmlDocument(html, url), { url });

describe('markdownToHtml', () => {
  it('renders a README as the article it shows: headings, list items and paragraphs as lines, tables as tables', () => {
    const a = article(markdownToHtml(README, { title: 'zephyr-7b' }));
    expect(a.title).toBe('Zephyr-7B');
    const lines = a.text.split('\n');
    expect(lines).toContain('Introduction');
    expect(lines).toContain('Small: 7 billion parameters, runs on one consumer GPU.');
    expect(a.sentences.map((s) => s.text)).toContain(
      'We present Zephyr-7B, a small language model trained on 2 trillion tokens.',
    );
    expect(a.tables).toEqual([
      {
        columns: ['Benchmark', 'Zephyr-7B', 'Baseline-13B'],
        rows: [
          ['ReadBench (Acc)', '71.2', '70.8'],
          ['MathSteps (Acc)', '38.5', '44.1'],
        ],
        // The heading right above the table names what it measures.
        caption: 'Evaluation',
      },
    ]);
  });

  it('leaves out code blocks and images: commands and badges are not what the source says', () => {
    const a = article(markdownToHtml(README));
    expect(a.text).not.toContain('serve.py');
    expect(a.text).not.toContain('8080');
    expect(a.text).not.toContain('shields');
  });

  it('keeps a raw HTML benchmark table as a table, without its attributes', () => {
    const md = `# Results\n\nThe model was compared with two others on three tasks this spring, as the table below shows in full.\n\n<div align="center">\n<table>\n<thead><tr><th align="center">Task</th><th>Ours</th><th><sup>Other</sup></th></tr></thead>\n<tbody>\n<tr><td colspan=3><strong>Reading</strong></td></tr>\n<tr><td>ReadBench</td><td><ins><strong>71.2</strong></ins></td><td>70.8</td></tr>\n</tbody>\n</table>\n</div>\n`;
    const html = markdownToHtml(md);
    expect(html).toContain('<td colspan="3">');
    expect(html).not.toContain('align=');
    const a = article(html);
    expect(a.tables?.[0]?.columns).toEqual(['Task', 'Ours', 'Other']);
    expect(a.tables?.[0]?.rows.at(-1)).toEqual(['ReadBench', '71.2', '70.8']);
  });

  it('takes the title from the first top heading, else the name it is given', () => {
    expect(markdownToHtml('# The *Zephyr* model\n\ntext')).toContain(
      '<title>The Zephyr model</title>',
    );
    expect(markdownToHtml('## Introduction\n\ntext', { title: 'zephyr-7b' })).toContain(
      '<title>zephyr-7b</title>',
    );
    expect(markdownToHtml('## Intro', { title: '</title><script>x</script>' })).not.toContain(
      '<script>',
    );
  });

  it('reads a model card without its YAML front matter', () => {
    const a = article(
      markdownToHtml(CARD),
      'https://huggingface.co/zephyr-labs/Zephyr-7B-Instruct',
    );
    expect(a.title).toBe('Zephyr-7B-Instruct');
    expect(a.text).not.toMatch(/license|text-generation/);
    expect(withoutFrontMatter('---\nlicense: mit\n---\nBody')).toBe('Body');
    // A rule later in the text is a rule, not front matter.
    expect(withoutFrontMatter('Intro\n---\nBody')).toBe('Intro\n---\nBody');
  });
});

describe('sanitizeHtml', () => {
  it('drops scripts, styles, frames and forms with their content, and every event handler and style', () => {
    const out = sanitizeHtml(
      '<p onclick="steal()" style="color:red">Hi <script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><svg><a href="x">in svg</a></svg><img src=x onerror=alert(2)>there</p>',
    );
    expect(out).toBe('<p>Hi there</p>');
  });

  it('keeps web links only: a javascript: or data: address loses its link, not its words', () => {
    expect(
      sanitizeHtml('<a href="https://example.com/a?b=1&amp;c=2" target="_blank">paper</a>'),
    ).toBe('<a href="https://example.com/a?b=1&amp;c=2">paper</a>');
    expect(sanitizeHtml('<a href="docs/setup.md">setup</a>')).toBe(
      '<a href="docs/setup.md">setup</a>',
    );
    expect(sanitizeHtml('<a href="java\tscript:alert(1)">click</a>')).toBe('<a>click</a>');
    expect(sanitizeHtml("<a href='data:text/html,x'>data</a>")).toBe('<a>data</a>');
  });

  it('escapes what is not a kept tag: an unclosed tag, a comment, a stray bracket', () => {
    expect(sanitizeHtml('a < b and <!-- hidden --> c > d')).toBe('a &lt; b and  c &gt; d');
    expect(sanitizeHtml('<p>end <img src="x" onerror="alert(1)"')).toBe(
      '<p>end &lt;img src="x" onerror="alert(1)"',
    );
    expect(sanitizeHtml('before <script>never closed')).toBe('before ');
  });

  it('whatever it is given, leaves only kept tags with kept attributes', () => {
    const kept =
      /^<\/?(?:a|abbr|b|blockquote|br|caption|code|dd|del|details|div|dl|dt|em|h[1-6]|hr|i|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|tr|u|ul)(?: (?:href|colspan|rowspan|start)="[^"<>]*")*>$/;
    const piece = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '=',
      '/',
      '!',
      '-',
      ' ',
      'a',
      'p',
      'td',
      'script',
      'img',
      'href',
      'onerror',
      'style',
      'svg',
      'javascript:',
      '<!--',
      '-->',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const out = sanitizeHtml(parts.join(''));
        for (const tag of out.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(kept);
      }),
      { numRuns: 2000 },
    );
  });
});
