import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../lib/extract/links';
import { parseHtmlDocument } from '../../lib/extract/parse-html';

const PAGE = 'https://news.example/story';
const linksOf = (body: string, inArticle: string[] = []) =>
  collectLinks(
    parseHtmlDocument(`<html><body>${body}</body></html>`, PAGE),
    PAGE,
    new Set(inArticle),
  );

describe('collectLinks', () => {
  it('gives each link the text of the nearest block around it, so "Source:" stays with its link', () => {
    const links = linksOf(
      `<div><p>Source: <a href="https://lab.example/post">the lab's post</a>, and
        <a href="https://lab.example/paper">its paper</a>.</p>
      <ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li></ul></div>`,
      ['https://lab.example/post'],
    );
    const paragraph = "Source: the lab's post, and its paper.";
    expect(links.map((l) => [l.href, l.context, l.inArticle])).toEqual([
      ['https://lab.example/post', paragraph, true],
      ['https://lab.example/paper', paragraph, false],
      // A list item holding only its link says no more than the link: the block around the list
      // (its text as the DOM joins it: no space between the items, none in the markup).
      ['https://news.example/about', `${paragraph} AboutJobs`, false],
      ['https://news.example/jobs', `${paragraph} AboutJobs`, false],
    ]);
  });

  it('cuts a long block to its first 300 characters, and leaves out links to the page itself', () => {
    const long = 'word '.repeat(200);
    const links = linksOf(
      `<p>${long}<a href="https://lab.example/a">a</a> <a href="#top">top</a> <a href="${PAGE}">here</a></p>`,
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.context).toBe(`${long.trim()} a top here`.slice(0, 300));
  });
});
