import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}
