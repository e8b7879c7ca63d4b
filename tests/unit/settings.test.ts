import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  onSites,
  parseSettings,
  siteOfInput,
  sitePatterns,
} from '../../lib/settings/settings';

describe('settings', () => {
  it('reads the site a reader typed, in any of the usual forms', () => {
    expect(siteOfInput('https://www.Example.com/news?id=1')).toBe('example.com');
    expect(siteOfInput('news.example.co.uk')).toBe('news.example.co.uk');
    expect(siteOfInput('  example.org  ')).toBe('example.org');
    expect(siteOfInput('javascript:alert(1)')).toBeNull();
    expect(siteOfInput('ftp://example.com')).toBeNull();
    expect(siteOfInput('not a site')).toBeNull();
    expect(siteOfInput('localhost')).toBeNull();
    expect(siteOfInput('')).toBeNull();
  });

  it('matches a site and its subdomains, nothing else', () => {
    expect(onSites('https://blog.example.com/a', ['example.com'])).toBe(true);
    expect(onSites('http://www.example.com/', ['example.com'])).toBe(true);
    expect(onSites('https://notexample.com/', ['example.com'])).toBe(false);
    expect(onSites('https://example.com.evil.test/', ['example.com'])).toBe(false);
    expect(onSites('chrome://extensions', ['extensions'])).toBe(false);
    expect(onSites(undefined, ['example.com'])).toBe(false);
  });

  it('asks for the site and its subdomains on both schemes', () => {
    expect(sitePatterns('example.com')).toEqual([
      'https://example.com/*',
      'http://example.com/*',
      'https://*.example.com/*',
      'http://*.example.com/*',
    ]);
  });

  it('falls back field by field on whatever storage holds', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({ theme: 'purple', autoOpen: ['Example.com', 'example.com', 7, 'bad site'] }),
    ).toEqual({ theme: 'system', autoOpen: ['example.com'] });
    expect(parseSettings({ theme: 'dark' })).toEqual({ theme: 'dark', autoOpen: [] });
  });
});
