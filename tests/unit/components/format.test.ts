import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatShare } from '../../../components/format';
import { wordsLanguage } from '../../../utils/i18n';

describe('the sidebar writes numbers and dates in the language of its words', () => {
  it('takes the language from the messages (British English), not from the browser', () => {
    expect(wordsLanguage).toBe('en-GB');
    expect(formatDate('2026-09-04T10:00:00Z')).toBe('4 Sept 2026');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatShare(0.52)).toBe('52%');
    expect(formatDate('not a date')).toBeNull();
  });
});
