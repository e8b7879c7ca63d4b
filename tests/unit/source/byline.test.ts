import { describe, expect, it } from 'vitest';
import { readByline } from '../../../lib/extract/page-meta';

// Bylines written here in the shapes company newsrooms, blogs and news sites give them.
describe('readByline', () => {
  it.each([
    ['June 1, 2026'],
    ['By March 3, 2025'],
    ['2026-06-01T09:00:00Z'],
    ['10:30 AM PT'],
    ['Posted on Tuesday, June 2, 2026 at 9:00 am'],
    ['Updated 3 hours ago'],
    ['Press Release'],
    ['Newsroom'],
    ['Share'],
    ['5 min read'],
    ['SANTA CLARA, Calif., June 1, 2026'],
    ['TAIPEI, Taiwan'],
  ])('%s names nobody', (byline) => {
    expect(readByline(byline)).toEqual({ kind: 'none', text: '' });
  });

  it.each([
    ['Maria Souza, Tomás de la Fuente Ribeiro', 'Maria Souza, Tomás de la Fuente Ribeiro'],
    ['By Priya Raman and Jon Bell', 'Priya Raman and Jon Bell'],
    ['Priya Raman | May 2, 2026', 'Priya Raman'],
    ['May Lindqvist', 'May Lindqvist'],
    ['By Jon Bell, 4 min read', 'Jon Bell'],
    ['PRIYA RAMAN', 'PRIYA RAMAN'],
  ])('%s names people', (byline, text) => {
    expect(readByline(byline)).toEqual({ kind: 'people', text });
  });

  it.each([
    ['Zephyr Labs', 'Zephyr Labs'],
    ['OpenAI', 'OpenAI'],
    ['Zephyr AI Newsroom', 'Zephyr AI'],
    ['By the Zephyr Research Team', 'the Zephyr Research Team'],
  ])('%s names someone who may be an organisation', (byline, text) => {
    expect(readByline(byline)).toEqual({ kind: 'name', text });
  });
});
