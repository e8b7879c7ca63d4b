import { describe, expect, it } from 'vitest';
import {
  createFlag,
  draftOf,
  parseFlag,
  updateFlag,
  type FlagDraft,
} from '../../../lib/flags/annotation';
import { describePassage } from '../../../lib/flags/anchor';

const text = 'Specialized models beat giants on every task, the digest says.';
const draft: FlagDraft = {
  reasons: ['exaggerates-source', 'omits-caveats'],
  note: 'The source says one benchmark.',
  passages: [describePassage(text, 0, 30)],
};
const context = {
  url: 'https://digest.example/news/a#section',
  title: 'A digest',
  primarySource: 'https://lab.example/blog/b',
  spinScore: 57,
};
const t0 = new Date('2026-11-20T10:00:00Z');

describe('a flag as a W3C Web Annotation', () => {
  const flag = createFlag(draft, context, t0, 'urn:uuid:00000000-0000-4000-8000-000000000001');

  it('has the model’s required shape: context, id, type, motivation, body, targets with selectors', () => {
    expect(flag['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(flag).toMatchObject({
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-11-20T10:00:00.000Z',
      modified: '2026-11-20T10:00:00.000Z',
    });
    expect(flag.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'exaggerates-source' },
      { type: 'TextualBody', purpose: 'tagging', value: 'omits-caveats' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'The source says one benchmark.',
        format: 'text/plain',
      },
    ]);
    expect(flag.target[0]).toEqual({
      type: 'SpecificResource',
      source: 'https://digest.example/news/a',
    });
    expect(flag.target[1]!.selector!.map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(flag).toMatchObject({
      primarySource: 'https://lab.example/blog/b',
      spinScore: 57,
      pageTitle: 'A digest',
    });
  });

  it('edits keep the id, the creation date and the page', () => {
    const edited = updateFlag(
      flag,
      { reasons: ['other'], note: '', passages: [] },
      new Date('2026-11-21T09:00:00Z'),
    );
    expect(edited.id).toBe(flag.id);
    expect(edited.created).toBe(flag.created);
    expect(edited.modified).toBe('2026-11-21T09:00:00.000Z');
    expect(draftOf(edited)).toEqual({ reasons: ['other'], note: '', passages: [] });
    expect(edited.target).toEqual([flag.target[0]]);
  });

  it('reads back what it wrote, through JSON', () => {
    const parsed = parseFlag(JSON.parse(JSON.stringify(flag)));
    expect(parsed).toEqual({ flag });
  });

  it('refuses records that are not flags, saying why', () => {
    const bad = (patch: object) => parseFlag({ ...JSON.parse(JSON.stringify(flag)), ...patch });
    expect(bad({ type: 'Note' })).toMatchObject({
      error: expect.stringContaining('not a Web Annotation'),
    });
    expect(bad({ created: 'yesterday' })).toMatchObject({
      error: expect.stringContaining('created'),
    });
    expect(bad({ target: [{ source: 'javascript:alert(1)' }] })).toMatchObject({
      error: expect.stringContaining('web address'),
    });
    expect(bad({ body: [{ purpose: 'tagging', value: 'made-up' }] })).toMatchObject({
      error: expect.stringContaining('reason'),
    });
    expect(parseFlag('a string')).toEqual({
      error: 'not an object',
      messages: { error: { key: 'flagsImport.problem.notObject' } },
    });
  });

  it('drops fields it does not know, so an import cannot smuggle anything in', () => {
    const parsed = parseFlag({
      ...JSON.parse(JSON.stringify(flag)),
      onclick: 'alert(1)',
      spinScore: 1e9,
    });
    expect('flag' in parsed && Object.keys(parsed.flag)).not.toContain('onclick');
    expect('flag' in parsed && parsed.flag.spinScore).toBeUndefined();
  });
});
