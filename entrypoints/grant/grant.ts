import { browser } from 'wxt/browser';
import type { GrantScope } from '../../components/GrantPanel';
import { sendMessage } from '../../utils/messaging';
import { originPattern } from '../../utils/origin-pattern';

/** Every web site, for readers who would rather grant once. */
export const ALL_SITES = ['https://*/*', 'http://*/*'];

/**
 * Asks the browser for the host permission to read a source (must run in an extension page,
 * on a click). When granted, tells the tab's sidebar to go on with the comparison.
 */
export async function requestSourceGrant(
  url: string,
  scope: GrantScope,
  tabId?: number,
): Promise<boolean> {
  let granted = false;
  try {
    granted = await browser.permissions.request({
      origins: scope === 'all' ? ALL_SITES : [originPattern(url)],
    });
  } catch (error) {
    console.warn('Unspun: permission request failed', error);
  }
  if (granted) await sendMessage('sourceGranted', { url, tabId }).catch(() => {});
  return granted;
}
