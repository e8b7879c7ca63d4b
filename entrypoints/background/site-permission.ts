import { browser } from 'wxt/browser';
import { originPattern } from '../../utils/origin-pattern';

/** Whether the reader granted the extension this address's site. */
export async function hasPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
