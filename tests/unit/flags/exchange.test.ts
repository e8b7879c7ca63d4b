import { describe, expect, it } from 'vitest';
import type { MessageError } from '../../../lib/words/message';
import { createFlag, type FlagAnnotation } from '../../../lib/flags/annotation';
import { describeImport, importFlags, toCsv, toJsonLd } from '../../../lib/flags/exchange';
import { english } from '../../../lib/words/english';

const make = (n: number, patch: Partial<FlagAnnotation> = {}): FlagAnnotation => ({
  ...createFlag(
    {
      reasons: ['claims-not-in-source'],
      note: n % 2 ? `Note ${n}, with "quotes"` : '',
      passages: [[{ type: 'TextQuoteSelector', exact: `quote ${n}` }]],
    },
    { url: `https://site${n % 3}.example/story/${n}`, spinScore: n },
    new Date(Date.UTC(2026, 10, 1 + n)),
    `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  ),
  ...patch,
});

describe('export and import', () => {
  const flags = [1, 2, 3].map((n) => make(n));

  it('round-trips: an export imported into an empty store gives the same flags', () => {
    const result = importFlags(toJsonLd(flags, new Date()), []);
    expect(result).toEqual({ added: flags, duplicates: 0, invalid: [] });
  });

  it('exports a W3C AnnotationCollection', () => {
    const doc = JSON.parse(toJsonLd(flags, new Date('2026-11-22T00:00:00Z')));
    expect(doc).toMatchObject({
      type: 'AnnotationCollection',
      total: 3,
      first: { type: 'AnnotationPage' },
    });
    expect(doc.first.items).toHaveLength(3);
  });

  it('skips flags already held and repeated ones, and reports invalid items by number', () => {
    const file = JSON.stringify([
      flags[0],
      flags[1],
      flags[1],
      { type: 'Annotation', id: 'x' },
      make(9),
    ]);
    const result = importFlags(file, [flags[0]!]);
    expect(result.added.map((f) => f.id)).toEqual([flags[1]!.id, make(9).id]);
    expect(result.duplicates).toBe(2);
    expect(result.invalid).toMatchObject([{ index: 3, error: 'no valid "created" date' }]);
    expect(english(describeImport(result))).toBe(
      '2 flags imported; 2 already here, skipped; 1 not valid, skipped (first: item 4, no valid "created" date).',
    );
  });

  it('treats the same page flagged at the same moment under another id as a duplicate', () => {
    expect(
      importFlags(JSON.stringify([make(1, { id: 'urn:uuid:other' })]), [make(1)]).duplicates,
    ).toBe(1);
  });

  it('says plainly when the file is not an export', () => {
    const problem = (text: string) => {
      try {
        importFlags(text, []);
      } catch (e) {
        return english((e as MessageError).messages.message);
      }
      return null;
    };
    expect(problem('not json')).toContain('not JSON');
    expect(problem('{"hello": 1}')).toContain('no Web Annotations');
  });

  it('writes CSV with quoting, labels, and no formula a spreadsheet would run', () => {
    const csv = toCsv([make(1, { pageTitle: '=HYPERLINK("https://evil.example")' })]);
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'id,page,page title,primary source,spin score,created,modified,reasons,note,passages',
    );
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(row).toContain('Claims not in the source');
    expect(row).toContain('"Note 1, with ""quotes"""');
  });
});
