import type { ArticleTable } from './article';
import { blockText } from './block-text';

/** At most this many tables, rows and columns are kept, and this many characters of a cell. */
const MAX_TABLES = 20;
const MAX_ROWS = 200;
const MAX_COLUMNS = 20;
const MAX_CELL = 200;

const cellText = (cell: Element) => blockText(cell).replace(/\s+/g, ' ').trim().slice(0, MAX_CELL);

/** The cells of a row, a cell spanning columns repeated in each. */
function cellsOf(row: Element): { texts: string[]; header: boolean } {
  const texts: string[] = [];
  let header = true;
  for (const cell of Array.from(row.children)) {
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    if (tag === 'TD') header = false;
    const span = Math.min(Math.max(1, Number(cell.getAttribute('colspan')) || 1), MAX_COLUMNS);
    const text = cellText(cell);
    for (let i = 0; i < span && texts.length < MAX_COLUMNS; i++) texts.push(text);
  }
  return { texts, header: header && texts.length > 0 };
}

/** Words of a line above a table that titles it ("AIME 2024 (tools): Competition math"). */
const MAX_TITLE_WORDS = 12;
/** Characters, spaces included, past which a block is no title whatever its words. */
const MAX_TITLE_CHARS = MAX_CELL;

/**
 * What a table measures, as its page titles it: its `<caption>`, else the heading or short
 * unstopped line right above it (or above the block that holds only it). A post with a table per
 * benchmark names each so, and the claims about it name the same benchmark.
 */
function captionOf(table: Element): string | undefined {
  const own = table.querySelector('caption');
  if (own) return cellText(own) || undefined;
  let at: Element = table;
  while (
    !at.previousElementSibling &&
    at.parentElement &&
    /^(?:DIV|FIGURE)$/i.test(at.parentElement.tagName)
  )
    at = at.parentElement;
  const above = at.previousElementSibling;
  // The block above may be a whole section: its raw length says it is no title before it is read.
  if (!above || (above.textContent ?? '').length > MAX_TITLE_CHARS) return undefined;
  const text = cellText(above);
  const heading = /^H[1-6]$/i.test(above.tagName);
  const label =
    /^(?:P|DIV)$/i.test(above.tagName) &&
    !/[.!?]["”’)]?$/.test(text) &&
    text.split(/\s+/).length <= MAX_TITLE_WORDS;
  return text && (heading || label) ? text : undefined;
}

/**
 * The data tables of an article body, as rows of cell texts under their column labels: the header
 * row is the last row of `<thead>`, else a first row of `<th>` cells. Layout tables (a table
 * holding a table, or one column) are left out.
 */
export function readTables(root: Element): ArticleTable[] {
  const out: ArticleTable[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (out.length >= MAX_TABLES) break;
    if (table.querySelector('table')) continue;
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (tr) => tr.closest('table') === table,
    );
    const read = rows.map((tr) => ({
      ...cellsOf(tr),
      head: tr.parentElement?.tagName.toUpperCase() === 'THEAD',
    }));
    const headIndex = read.findLastIndex((r) => r.head);
    const header = headIndex >= 0 ? headIndex : read[0]?.header ? 0 : -1;
    const body = read
      .filter((r, i) => i > header && !r.head && r.texts.some(Boolean))
      .slice(0, MAX_ROWS);
    const width = Math.max(0, ...body.map((r) => r.texts.length));
    if (!body.length || width < 2) continue;
    const caption = captionOf(table);
    out.push({
      columns: header >= 0 ? read[header]!.texts : [],
      rows: body.map((r) => r.texts),
      ...(caption ? { caption } : {}),
    });
  }
  return out;
}
