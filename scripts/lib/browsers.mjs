// Finds the browsers the demo and the e2e tests drive: CHROME_PATH / FIREFOX_PATH, Debian's
// chromium and firefox-esr, or a Chrome/Chromium/Firefox installed the usual way. On Debian as
// root it installs the missing ones with apt-get; elsewhere it says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  firefox: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
};
const ENV = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const DEBIAN_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };

function find(kind) {
  const fromEnv = process.env[ENV[kind]];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${ENV[kind]} is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES[kind].find((p) => existsSync(p)) ?? null;
}

function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Path of the browser, installing it from Debian when possible; throws with what to install. */
export function ensureBrowser(kind) {
  let found = find(kind);
  if (found) return found;
  if (canAptInstall()) {
    console.error(`Installing ${DEBIAN_PACKAGE[kind]} from Debian (apt-get)...`);
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const result = spawnSync('apt-get', ['install', '-y', DEBIAN_PACKAGE[kind]], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0) found = find(kind);
    if (found) return found;
  }
  const name = kind === 'chromium' ? 'Chromium or Google Chrome' : 'Firefox (ESR or current)';
  throw new Error(
    `${name} was not found. Install it (on Debian/Ubuntu: sudo apt-get install ${DEBIAN_PACKAGE[kind]}), ` +
      `or set ${ENV[kind]} to the browser's executable.`,
  );
}

/** The browser's version line, for logs. */
export function browserVersion(executable) {
  try {
    return execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown version';
  }
}

/** Flags Chromium needs here: root without a sandbox, and no calls home on a closed network. */
export function chromiumArgs({ extensionPath, proxy }) {
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (proxy)
    args.push(
      `--proxy-server=${proxy}`,
      '--proxy-bypass-list=<-loopback>',
      '--ignore-certificate-errors',
    );
  return args;
}
