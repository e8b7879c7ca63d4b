import { describe, expect, it } from 'vitest';
import { flagKey, migrate, SCHEMA_KEY, SCHEMA_VERSION } from '../../../lib/flags/schema';

// Storage as version 1 wrote it: every flag in one list.
const v1 = {
  flags: [
    {
      id: '3f1c2a8e-1111-4a5b-9c3d-000000000001',
      url: 'https://digest.example/a',
      reasons: ['exaggerates-source'],
      note: 'too strong',
      quote: 'beats giants',
      createdAt: Date.UTC(2026, 0, 5),
      score: 61,
    },
    {
      id: 'old-2',
      url: 'https://digest.example/b',
      reasons: ['unknown-reason'],
      createdAt: Date.UTC(2026, 0, 6),
    },
    { id: 'broken', url: 'javascript:alert(1)', createdAt: 1 },
  ],
  settings: { theme: 'dark' },
};

describe('storage schema migration', () => {
  it('moves v1’s list to one record per flag, as Web Annotations, keeping every field', () => {
    const m = migrate(v1)!;
    expect(m.set[SCHEMA_KEY]).toBe(SCHEMA_VERSION);
    const first = m.set[flagKey('urn:uuid:3f1c2a8e-1111-4a5b-9c3d-000000000001')] as Record<
      string,
      unknown
    >;
    expect(first).toMatchObject({
      type: 'Annotation',
      created: '2026-01-05T00:00:00.000Z',
      spinScore: 61,
    });
    expect(JSON.stringify(first)).toContain('too strong');
    expect(JSON.stringify(first)).toContain('beats giants');
    // An unknown reason becomes "other" rather than losing the flag.
    expect(JSON.stringify(m.set[flagKey('urn:unspun:flag:old-2')])).toContain('"other"');
    // What cannot be read is kept aside, not dropped.
    expect(m.set['flags-unreadable']).toEqual([v1.flags[2]]);
    expect(m.remove).toEqual(['flags']);
    expect(m.set).not.toHaveProperty('settings');
  });

  it('is idempotent: migrating the migrated storage changes nothing', () => {
    const m = migrate(v1)!;
    const after = { ...v1, ...m.set } as Record<string, unknown>;
    delete after.flags;
    expect(migrate(after)).toBeNull();
  });

  it('stamps fresh storage with the current version', () => {
    expect(migrate({})).toEqual({ set: { [SCHEMA_KEY]: SCHEMA_VERSION }, remove: [] });
  });

  it('refuses storage from a newer version instead of guessing', () => {
    expect(() => migrate({ [SCHEMA_KEY]: SCHEMA_VERSION + 1 })).toThrow('newer version');
  });
});
