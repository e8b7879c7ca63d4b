import { describe, expect, it } from 'vitest';
import { createFlag } from '../../../lib/flags/annotation';
import { filterFlags, NO_FILTER, sitesOf } from '../../../lib/flags/filter';

const flag = (
  url: string,
  day: number,
  reasons: ('exaggerates-source' | 'omits-caveats' | 'other')[],
  note = '',
  quote = '',
) =>
  createFlag(
    { reasons, note, passages: quote ? [[{ type: 'TextQuoteSelector', exact: quote }]] : [] },
    { url, title: `Story on ${url}` },
    new Date(Date.UTC(2026, 10, day, 23, 30)),
    `urn:uuid:${url}${day}`,
  );

const flags = [
  flag(
    'https://www.digest.example/a',
    1,
    ['exaggerates-source'],
    'Says always; source says sometimes',
  ),
  flag('https://curator.example/b', 5, ['omits-caveats', 'other'], '', 'beats frontier models'),
  flag('https://digest.example/c', 9, ['other']),
];
const ids = (list: typeof flags) => list.map((f) => f.target[0]!.source.slice(8));

describe('filterFlags', () => {
  it('lists the sites flagged, without www', () => {
    expect(sitesOf(flags)).toEqual(['curator.example', 'digest.example']);
  });

  it('filters by site, reason and date range (inclusive, by the UTC day)', () => {
    expect(ids(filterFlags(flags, { ...NO_FILTER, site: 'digest.example' }))).toEqual([
      'www.digest.example/a',
      'digest.example/c',
    ]);
    expect(ids(filterFlags(flags, { ...NO_FILTER, reason: 'other' }))).toEqual([
      'curator.example/b',
      'digest.example/c',
    ]);
    expect(ids(filterFlags(flags, { ...NO_FILTER, from: '2026-11-05', to: '2026-11-09' }))).toEqual(
      ['curator.example/b', 'digest.example/c'],
    );
    expect(ids(filterFlags(flags, { ...NO_FILTER, to: '2026-11-01' }))).toEqual([
      'www.digest.example/a',
    ]);
  });

  it('searches addresses, titles, notes and passages; every word must match', () => {
    expect(ids(filterFlags(flags, { ...NO_FILTER, query: 'FRONTIER' }))).toEqual([
      'curator.example/b',
    ]);
    expect(ids(filterFlags(flags, { ...NO_FILTER, query: 'source sometimes' }))).toEqual([
      'www.digest.example/a',
    ]);
    expect(ids(filterFlags(flags, { ...NO_FILTER, query: 'source nothing-like-this' }))).toEqual(
      [],
    );
    expect(filterFlags(flags, NO_FILTER)).toHaveLength(3);
  });
});
