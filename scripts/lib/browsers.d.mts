export type BrowserKind = 'chromium' | 'firefox';
/** Path of the browser, installing it from Debian when possible; throws with what to install. */
export function ensureBrowser(kind: BrowserKind): string;
/** The browser's version line, for logs. */
export function browserVersion(executable: string): string;
/** Chromium flags: the extension, no sandbox as root, no calls home, the fixture web as proxy. */
export function chromiumArgs(options: { extensionPath: string; proxy?: string }): string[];
