import { describe, expect, it } from 'vitest';
import { readTables } from '../../lib/extract/tables';
import { parseHtmlDocument } from '../../lib/extract/parse-html';

const tablesOf = (html: string) =>
  readTables(
    parseHtmlDocument(
      `<html><body><main>${html}</main></body></html>`,
      'https://x.example/',
    ).querySelector('main')!,
  );

describe('readTables', () => {
  it('reads rows of cell texts under the header row’s labels', () => {
    const html = `<table><caption>Results on the set</caption><thead><tr><th>Model</th><th>Score <b>(avg)</b></th></tr></thead>
      <tbody><tr><td>Wren <i>7B</i></td><td>74.9</td></tr><tr><td></td><td></td></tr><tr><th>Heron</th><td colspan="1">71.0</td></tr></tbody></table>`;
    const tables = tablesOf(html);
    expect(tables).toEqual([
      {
        columns: ['Model', 'Score (avg)'],
        rows: [
          ['Wren 7B', '74.9'],
          ['Heron', '71.0'],
        ],
        caption: 'Results on the set',
      },
    ]);
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
  });

  it('takes a first row of header cells as the header, repeats spanned cells, and leaves layout tables out', () => {
    expect(
      tablesOf(
        '<table><tr><th>Task</th><th colspan="2">Cost</th></tr><tr><td>OCR</td><td>$1</td><td>$2</td></tr></table>',
      ),
    ).toEqual([{ columns: ['Task', 'Cost', 'Cost'], rows: [['OCR', '$1', '$2']] }]);
    expect(tablesOf('<table><tr><td>one cell</td></tr></table>')).toEqual([]);
    expect(
      tablesOf('<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>'),
    ).toEqual([{ columns: [], rows: [['a', 'b']] }]);
  });

  it('takes the heading or short unstopped line above a table as its caption, not a sentence', () => {
    const table =
      '<table><tr><th>Model</th><th>Accuracy</th></tr><tr><td>Wren</td><td>74.9</td></tr></table>';
    const captionOf = (html: string) => tablesOf(html)[0]?.caption;
    expect(captionOf(`<h3>Exam B (tools)</h3>${table}`)).toBe('Exam B (tools)');
    expect(captionOf(`<p>Exam B (tools): licensing questions</p>${table}`)).toBe(
      'Exam B (tools): licensing questions',
    );
    // Above the block that holds only the table.
    expect(captionOf(`<h4>Exam C</h4><div><figure>${table}</figure></div>`)).toBe('Exam C');
    // A sentence above a table is prose, and a long line is no title.
    expect(captionOf(`<p>We scored two models on the exam.</p>${table}`)).toBeUndefined();
    expect(
      captionOf(
        `<p>Scores of the models we ran on the accountants' exam across all three rounds this spring</p>${table}`,
      ),
    ).toBeUndefined();
    expect(captionOf(`<p>Exam C</p><p>More text.</p>${table}`)).toBeUndefined();
    expect(captionOf(table)).toBeUndefined();
  });
});
