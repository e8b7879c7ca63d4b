import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The browser's grants as the tests set them, and its permission events, heard. */
let origins: string[] = [];
let siteGranted = false;
const added: (() => void)[] = [];
const removed: (() => void)[] = [];

/** The module fresh: what it keeps lives for one worker. */
async function fresh() {
  vi.resetModules();
  return import('../../entrypoints/background/site-permission');
}

beforeEach(() => {
  origins = [];
  siteGranted = false;
  added.length = 0;
  removed.length = 0;
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({
    origins: [...origins],
    permissions: [],
  }));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => siteGranted);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((l) => {
    added.push(l as () => void);
  });
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((l) => {
    removed.push(l as () => void);
  });
});

describe('hasPermission', () => {
  it('knows a granted site without asking the browser, and reads the grants once', async () => {
    origins = ['https://huggingface.co/*'];
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://huggingface.co/blog/Dharma-AI/post')).toBe(true);
    expect(await hasPermission('https://huggingface.co/papers/1')).toBe(true);
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
    expect(fakeBrowser.permissions.getAll).toHaveBeenCalledTimes(1);
  });

  it('asks the browser about a site the grants do not cover, and gives its answer', async () => {
    origins = ['https://huggingface.co/*'];
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://blogs.nvidia.com/blog/cosmos')).toBe(false);
    siteGranted = true;
    expect(await hasPermission('https://blogs.nvidia.com/blog/cosmos')).toBe(true);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({
      origins: ['https://blogs.nvidia.com/*'],
    });
  });

  it('takes every site from a grant of all, and a subdomain from a wildcard host', async () => {
    origins = ['<all_urls>'];
    const all = await fresh();
    expect(await all.hasPermission('http://example.org/a')).toBe(true);
    origins = ['https://*.nvidia.com/*'];
    const wildcard = await fresh();
    expect(await wildcard.hasPermission('https://blogs.nvidia.com/blog/x')).toBe(true);
    expect(await wildcard.hasPermission('https://nvidia.com.example/x')).toBe(false);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(1);
  });

  it('does not take a grant limited to a path for the whole site', async () => {
    origins = ['https://example.com/blog/*'];
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://example.com/blog/post')).toBe(false);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(1);
  });

  it('reads the grants again after the reader grants a site', async () => {
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(false);
    origins = ['https://huggingface.co/*'];
    for (const l of added) l();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(true);
    expect(fakeBrowser.permissions.getAll).toHaveBeenCalledTimes(2);
  });

  it('forgets a site the reader removed', async () => {
    origins = ['https://huggingface.co/*'];
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(true);
    origins = [];
    for (const l of removed) l();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(false);
  });

  it('asks the browser every time when it cannot hear grants and removals', async () => {
    origins = ['https://huggingface.co/*'];
    siteGranted = true;
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {
      throw new Error('not available');
    });
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(true);
    expect(await hasPermission('https://huggingface.co/blog/y')).toBe(true);
    expect(fakeBrowser.permissions.getAll).not.toHaveBeenCalled();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(2);
  });

  it('asks the browser when the grants cannot be read, and tries to read them again', async () => {
    siteGranted = true;
    vi.mocked(fakeBrowser.permissions.getAll).mockRejectedValueOnce(new Error('busy'));
    const { hasPermission } = await fresh();
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(true);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(1);
    origins = ['https://huggingface.co/*'];
    expect(await hasPermission('https://huggingface.co/blog/x')).toBe(true);
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledTimes(1);
  });

  it('says no for an address that is not one, without throwing', async () => {
    const { hasPermission } = await fresh();
    expect(await hasPermission('not an address')).toBe(false);
  });
});
