// npm run bench:browser: how long the reader waits in real Chromium, next to the barest sidebar.
// Builds the bare baseline extension (bench/baseline: WXT + Preact + Readability, injected on
// demand and showing one number) and Unspun's e2e build without the e2e bridge (the shipped code
// plus host permissions and the `openSidebar(tabId)` test surface), opens both on the same real
// saved pages, and times open → score inside the page; then open → comparison on the seed pages
// that link their source; then a few of each on a service worker restarted just before the open,
// as a reader's click often meets one (Chromium stops it after 30 s idle).
// Prints medians, spreads and ratios from this one run (never asserted: the machine is shared and
// noisy), the content script's size, the background's start-up cost, and reading a source with
// the background's parser (linkedom) against a page's DOMParser. `--no-build` uses the builds
// already there; `--rounds N` (default 3); `--shipped DIR` measures another Chromium build;
// `--profile DIR` also records a CPU profile of the page for each of Unspun's opens → score, saves
// them there and prints where their time went (the profiler slows the page: its timings are not
// comparable with a run without it); `--profile-worker DIR` does the same for the service worker
// in the comparisons with a fetched source and in the opens on a worker just started.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserVersion, chromiumArgs, ensureBrowser } from './lib/browsers.mjs';
import { loadCases, startFixtureInternet, type FixtureInternet } from './lib/fixture-internet.mjs';
import { selfTimes, type CpuProfile } from './lib/cpu-profile-summary';
import { compareParsers } from './lib/parser-bench';

/** The extension API inside Chromium's service worker (evaluated there, not here). */
declare const chrome: any;

const root = path.resolve(import.meta.dirname, '..');
const realpagesDir = process.env.UNSPUN_REALPAGES ?? path.resolve(root, '../shared/realpages');

/**
 * The fixed set of real pages: the English news and magazine articles of Readability's test
 * corpus (its other pages test parser corner cases, or are blogs, references and other languages).
 */
export const BENCH_PAGES = [
  'ars-1',
  'bbc-1',
  'breitbart',
  'buzzfeed-1',
  'citylab-1',
  'cnet',
  'cnn',
  'engadget',
  'guardian-1',
  'herald-sun-1',
  'medicalnewstoday',
  'msn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'quanta-1',
  'salon-1',
  'seattletimes-1',
  'telegraph',
  'theverge',
  'tmz-1',
  'wapo-1',
  'wapo-2',
  'yahoo-2',
];

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(option('--rounds') ?? 3);
/** Real pages opened, by each extension, on a service worker just started. */
const COLD_PAGES = 12;
const build = !args.includes('--no-build');

const BASELINE_DIR = path.join(root, 'bench/baseline/.output/chrome-mv3');
const profileDir = option('--profile') ? path.resolve(option('--profile')!) : null;
/** The CPU profiles of Unspun's opens → score, with `--profile`. */
const profiles: CpuProfile[] = [];
const workerProfileDir = option('--profile-worker')
  ? path.resolve(option('--profile-worker')!)
  : null;
/**
 * The service worker's CPU profiles with `--profile-worker`, by the kind of open: comparisons
 * with a fetched source, and opens on a worker just started.
 */
const workerProfiles = new Map<string, CpuProfile[]>();
const SHIPPED_DIR = path.resolve(
  option('--shipped') ?? path.join(root, '.output-bench/chrome-mv3-e2e'),
);

/** What each sidebar shows when it is done, and when it gave up. */
interface Target {
  host: string;
  done: string;
  failed: string;
}
const BASELINE_SCORE: Target = {
  host: 'bench-baseline',
  done: '[data-testid="word-count"]',
  failed: '[data-testid="no-count"]',
};
const SHIPPED_SCORE: Target = {
  host: 'unspun-sidebar',
  done: '[data-testid="spin-score"]',
  failed: '[data-testid="no-article"]',
};
/** A finished comparison: the Report names its source (the source card links it). */
const SHIPPED_COMPARE: Target = {
  host: 'unspun-sidebar',
  done: '[data-testid="source-link"]',
  failed:
    '[data-testid="no-article"], [data-testid="source-error"], [data-testid="source-permission"]',
};

/** Times in ms from t0 (taken in the page right before the background is asked to open). */
interface Timing {
  /** The sidebar's host element is in the page. */
  host: number;
  /** The `done` element is in its shadow root. */
  done: number;
  /**
   * The frame that shows it has been painted: a task posted from the next animation frame's
   * callback runs once that frame's style, layout and paint are done (what the reader sees).
   */
  painted: number;
  /** From t0 in the page to the call in the background: the harness's own share (CDP), in both. */
  gap: number;
  /** Other `unspun:*` performance marks the build under test left in the page, from t0. */
  marks: Record<string, number>;
}

function run(cmd: string, cmdArgs: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(cmd, cmdArgs, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}${result.stderr}\n\`${cmd} ${cmdArgs.join(' ')}\` failed.`);
    process.exit(1);
  }
}

interface Bench {
  name: string;
  context: BrowserContext;
  /** The background's service worker (replaced when it restarts). */
  worker: Worker;
  page: Page | null;
  profile: string;
}

async function launch(
  name: string,
  extensionPath: string,
  web: FixtureInternet,
  executablePath: string,
): Promise<Bench> {
  const profile = mkdtempSync(path.join(tmpdir(), `unspun-bench-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs({ extensionPath, proxy: web.proxy }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const bench: Bench = { name, context, worker, page: null, profile };
  context.on('serviceworker', (w) => (bench.worker = w));
  return bench;
}

/**
 * Runs in the page (as source text: the bundler's helpers do not exist there). Notes when the
 * sidebar's host element appears, then watches its shadow root until `done` (or `failed`) shows.
 */
const OBSERVE_SIDEBAR = `function (t) {
  const state = { t0: 0, abs0: 0, host: -1, done: -1, painted: -1, failed: false };
  // Awaited by the harness: polling for the result (waitForFunction) would first load
  // Playwright's injected script into the page, about 9 ms of its main thread in the middle of
  // the open being timed.
  state.finished = new Promise((resolve) => (state.finish = resolve));
  window.__unspunBench = state;
  const observers = [];
  let watchedRoot = null;
  const check = () => {
    const host = document.querySelector(t.host);
    if (!host) return;
    if (state.host < 0) state.host = performance.now();
    if (state.done >= 0) return;
    const shadow = host.shadowRoot;
    if (shadow && shadow !== watchedRoot) {
      watchedRoot = shadow;
      const inner = new MutationObserver(check);
      inner.observe(shadow, { childList: true, subtree: true });
      observers.push(inner);
    }
    if (shadow && shadow.querySelector(t.done)) {
      state.done = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.painted = performance.now();
          state.finish();
        };
        channel.port2.postMessage(0);
      });
    } else if (shadow && shadow.querySelector(t.failed)) {
      state.failed = true;
      state.finish();
    }
    if (state.done >= 0 || state.failed) for (const o of observers) o.disconnect();
  };
  const outer = new MutationObserver(check);
  outer.observe(document.documentElement, { childList: true });
  observers.push(outer);
  performance.clearMarks();
  state.t0 = performance.now();
  state.abs0 = performance.timeOrigin + state.t0;
}`;

/**
 * Loads the address in a fresh tab (closing the previous one), then times the sidebar inside the
 * page: t0 is `performance.now()` there right before the background is asked to open; a
 * MutationObserver on the document, then on the sidebar's shadow root, notes when its host element
 * and then the `done` element appear. Null when the sidebar gave up or did not answer in time.
 */
async function timeOpen(
  bench: Bench,
  url: string,
  target: Target,
  timeout = 20_000,
  /** With `--profile-worker`, the kind of open under which the service worker's profile is kept. */
  profileAs?: string,
): Promise<Timing | null> {
  const old = bench.page;
  const page = await bench.context.newPage();
  bench.page = page;
  await old?.close();
  await page.goto(url, { waitUntil: 'load' });
  const tabId: number = await bench.worker.evaluate(async (pageUrl) => {
    // Measures left from the previous page (work after its figure was taken) are not this page's.
    performance.clearMeasures();
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: any) => t.url === pageUrl)?.id;
  }, page.url());
  await page.evaluate(`(${OBSERVE_SIDEBAR})(${JSON.stringify(target)})`);
  // The page's renderer, sampled every 100 µs from before the call until the result is seen.
  const profiler =
    profileDir && target === SHIPPED_SCORE ? await bench.context.newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  const stopWorkerProfile =
    workerProfileDir && profileAs ? await startWorkerProfile(bench, page) : null;
  const calledAt: number = await bench.worker.evaluate(async (id) => {
    const at = performance.timeOrigin + performance.now();
    await (globalThis as any).unspun.openSidebar(id);
    return at;
  }, tabId);
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    page.evaluate(() => (window as any).__unspunBench.finished.then(() => true)).catch(() => false),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeout))),
  ]).finally(() => clearTimeout(timer));
  if (profiler) {
    const { profile } = await profiler.send('Profiler.stop');
    await profiler.detach();
    if (finished) {
      profiles.push(profile);
      writeFileSync(
        path.join(profileDir!, `open-${profiles.length}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
  }
  if (stopWorkerProfile) {
    const profile = await stopWorkerProfile();
    if (finished) {
      const kept = workerProfiles.get(profileAs!) ?? [];
      workerProfiles.set(profileAs!, [...kept, profile]);
      writeFileSync(
        path.join(workerProfileDir!, `${profileAs}-${kept.length + 1}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
  }
  if (!finished) return null;
  return page.evaluate((at) => {
    const s = (window as any).__unspunBench;
    if (s.failed) return null;
    const marks: Record<string, number> = {};
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('unspun:')) marks[m.name] = m.startTime - s.t0;
    return {
      host: s.host - s.t0,
      done: s.done - s.t0,
      painted: s.painted - s.t0,
      gap: at - s.abs0,
      marks,
    };
  }, calledAt);
}

/**
 * Starts the service worker's CPU profiler (100 µs sampling) and returns what stops it. Playwright
 * opens DevTools sessions on pages only, so the worker is reached from one of its tabs' sessions
 * through the protocol's messages to another target (`Target.sendMessageToTarget`).
 */
async function startWorkerProfile(bench: Bench, page: Page): Promise<() => Promise<CpuProfile>> {
  const cdp = await bench.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url === bench.worker.url(),
  );
  if (!worker) throw new Error("The service worker is not among the browser's targets.");
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let lastId = 0;
  const answers = new Map<number, (result: any) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => {
    const { id, result } = JSON.parse(message) as { id?: number; result?: unknown };
    if (id !== undefined) answers.get(id)?.(result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      const id = ++lastId;
      answers.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 100 });
  await send('Profiler.start');
  return async () => {
    const { profile } = (await send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.send('Target.detachFromTarget', { sessionId });
    await cdp.detach();
    return profile;
  };
}

/** `unspun:*` measures the background took since the last call (a build instrumented for profiling). */
async function backgroundMeasures(bench: Bench): Promise<Record<string, number>> {
  return bench.worker.evaluate(() => {
    const out: Record<string, number> = {};
    for (const m of performance.getEntriesByType('measure'))
      if (m.name.startsWith('unspun:')) out[m.name] = (out[m.name] ?? 0) + m.duration;
    performance.clearMeasures();
    return out;
  });
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function stats(values: number[]): {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
} {
  const s = [...values].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
    n: s.length,
  };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
function line(label: string, values: number[]): string {
  const s = stats(values);
  return `${label.padEnd(44)} median ${ms(s.median).padStart(9)}   IQR ${s.p25.toFixed(1)}–${s.p75.toFixed(1)}   range ${s.min.toFixed(1)}–${s.max.toFixed(1)}   n=${s.n}`;
}

/**
 * The extension's service worker, stopped and started through the DevTools protocol's
 * ServiceWorker domain (from a tab of the same profile). `restart` resolves when Chromium reports
 * the worker "running", i.e. its script fetched and evaluated (its listeners registered), ready to
 * take a click's event, and gives the time from the start request to that, measured in Node.
 */
async function workerControl(bench: Bench): Promise<{
  restart(): Promise<number>;
  close(): Promise<void>;
}> {
  const page = bench.page ?? (await bench.context.newPage());
  const cdp = await bench.context.newCDPSession(page);
  // new URL() gives no origin for chrome-extension: addresses.
  const scope = bench.worker.url().split('/').slice(0, 3).join('/') + '/';
  let status = '';
  let waiter: { want: string; resolve: () => void } | null = null;
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(scope)) continue;
        status = v.runningStatus;
        if (waiter && status === waiter.want) waiter.resolve();
      }
    },
  );
  const until = (want: string) =>
    status === want
      ? Promise.resolve()
      : Promise.race([
          new Promise<void>((resolve) => (waiter = { want, resolve })),
          new Promise<void>((_, reject) =>
            setTimeout(
              () => reject(new Error(`the service worker never reached "${want}"`)),
              15_000,
            ),
          ),
        ]);
  await cdp.send('ServiceWorker.enable');
  await until('running');
  return {
    async restart() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
      await new Promise((r) => setTimeout(r, 300));
      const started = performance.now();
      await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
      await until('running');
      const took = performance.now() - started;
      await new Promise((r) => setTimeout(r, 300));
      return took;
    },
    close: () => cdp.detach(),
  };
}

/** The background's start-up: `times` restarts of its service worker, each timed. */
async function workerStartup(bench: Bench, times: number): Promise<number[]> {
  const worker = await workerControl(bench);
  const running: number[] = [];
  for (let i = 0; i < times; i++) running.push(await worker.restart());
  await worker.close();
  return running;
}

/**
 * Opens that meet a service worker just started, as a reader's click often does (Chromium stops
 * an extension's worker after 30 s idle): before each, the worker is restarted, so its lazily
 * evaluated modules and all it compiled are gone. The start itself is not in the figure
 * (`workerStartup` times it), the same for both extensions.
 */
async function timeColdOpen(
  bench: Bench,
  url: string,
  target: Target,
  timeout?: number,
): Promise<Timing | null> {
  const worker = await workerControl(bench);
  await worker.restart();
  await worker.close();
  const profileAs =
    bench.name === 'shipped' ? (target === SHIPPED_COMPARE ? 'cold-compare' : 'cold') : undefined;
  return timeOpen(bench, url, target, timeout, profileAs);
}

function sizes(dir: string): {
  script: number;
  gzip: number;
  background: number;
  backgroundGzip: number;
} {
  const read = (file: string) => readFileSync(path.join(dir, file));
  const script = read('content-scripts/sidebar.js');
  const background = read('background.js');
  return {
    script: script.length,
    gzip: gzipSync(script, { level: 9 }).length,
    background: background.length,
    backgroundGzip: gzipSync(background, { level: 9 }).length,
  };
}

async function main(): Promise<void> {
  const available = BENCH_PAGES.filter((name) =>
    existsSync(path.join(realpagesDir, `${name}.html`)),
  );
  if (!available.length) {
    console.log(
      `bench:browser: no real-page corpus at ${realpagesDir} (Readability's test pages; set UNSPUN_REALPAGES), skipped.`,
    );
    return;
  }
  if (available.length < BENCH_PAGES.length)
    console.log(
      `Missing from ${realpagesDir}: ${BENCH_PAGES.filter((n) => !available.includes(n)).join(', ')}`,
    );
  if (build) {
    console.log(
      'Building the baseline (bench/baseline), the e2e build and the store build (Chromium)...',
    );
    run('npx', ['wxt', 'build', 'bench/baseline']);
    if (!option('--shipped')) {
      // Production code (WXT would take the mode, e2e, for NODE_ENV: development JSX and Preact's
      // devtools hook), as `npm run build:e2e` builds it, but without the e2e bridge
      // (UNSPUN_BENCH), which would set the extension's world up in each page before the open.
      run('npx', ['wxt', 'build', '--mode', 'e2e'], {
        UNSPUN_E2E: '1',
        UNSPUN_BENCH: '1',
        NODE_ENV: 'production',
      });
      // Its size only: the store build's content script, without the e2e build's test surface.
      run('npx', ['wxt', 'build']);
    }
  }
  for (const dir of [BASELINE_DIR, SHIPPED_DIR]) {
    if (!existsSync(path.join(dir, 'manifest.json')))
      throw new Error(`No build at ${dir}: run without --no-build.`);
  }
  const executablePath = ensureBrowser('chromium');
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  if (workerProfileDir) mkdirSync(workerProfileDir, { recursive: true });
  console.log(
    `${browserVersion(executablePath)}, headless; ${available.length} real pages × ${rounds} rounds, each a fresh page load.\n`,
  );

  const web = await startFixtureInternet();
  // Saved pages point at scripts, fonts and images that are gone: load none of them.
  const csp = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };
  for (const name of available)
    web.setPage(
      `/real/${name}.html`,
      readFileSync(path.join(realpagesDir, `${name}.html`), 'utf8'),
      csp,
    );
  const baseline = await launch('baseline', BASELINE_DIR, web, executablePath);
  const shipped = await launch('shipped', SHIPPED_DIR, web, executablePath);

  const samples: Samples = {
    baseline: [],
    shipped: [],
    compare: [],
    compareCached: [],
    compareScore: [],
    coldBaseline: [],
    coldShipped: [],
    coldCompare: [],
  };
  const failures: string[] = [];
  const compareSeeds = loadCases().filter((c) => c.kind === 'restatement' && c.linksSource);
  /**
   * Serves a seed page linking its source under an address of its own (the fixture web ignores
   * the query): the background keeps its last fetches in memory, and two seed pages share a
   * source, so the page's first open after this fetches it and a second finds it cached.
   */
  const linkSourceAnew = (seed: (typeof compareSeeds)[number], tag: string) => {
    const linked = `${seed.source}?unspun-bench=${tag}-${seed.id}`;
    const html = readFileSync(path.join(root, 'seeds', seed.fixture), 'utf8').replaceAll(
      `"${seed.source}"`,
      `"${linked}"`,
    );
    web.setRoute(seed.url, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      body: html,
    });
  };
  try {
    // Warm both (first page load, first injection) outside the figures.
    const first = `${web.origin}/real/${available[0]}.html`;
    await timeOpen(baseline, first, BASELINE_SCORE);
    await timeOpen(shipped, first, SHIPPED_SCORE);
    for (let round = 0; round < rounds; round++) {
      for (const [i, name] of available.entries()) {
        const url = `${web.origin}/real/${name}.html`;
        // Alternate which goes first, so drift on the shared machine falls on both alike.
        const order = (round + i) % 2 ? [shipped, baseline] : [baseline, shipped];
        for (const bench of order) {
          const timing = await timeOpen(
            bench,
            url,
            bench === baseline ? BASELINE_SCORE : SHIPPED_SCORE,
          );
          if (timing)
            samples[bench === baseline ? 'baseline' : 'shipped'].push({
              ...timing,
              marks: {
                ...timing.marks,
                ...(bench === shipped ? prefixed(await backgroundMeasures(shipped)) : {}),
              },
            });
          else failures.push(`${bench.name}: ${name} (round ${round + 1})`);
        }
      }
      // Open → comparison: the seed pages that link their source (every site granted in this build).
      for (const seed of compareSeeds) {
        linkSourceAnew(seed, String(round));
        for (const key of ['compare', 'compareCached'] as const) {
          const timing = await timeOpen(
            shipped,
            seed.url,
            SHIPPED_COMPARE,
            30_000,
            key === 'compare' ? 'compare' : undefined,
          );
          if (timing)
            samples[key].push({
              ...timing,
              marks: { ...timing.marks, ...prefixed(await backgroundMeasures(shipped)) },
            });
          else
            failures.push(
              `compare${key === 'compareCached' ? ' (cached)' : ''}: ${seed.id} (round ${round + 1})`,
            );
        }
        // The same page's open → score, for the score's own share of the comparison.
        const score = await timeOpen(shipped, seed.url, SHIPPED_SCORE);
        if (score) samples.compareScore.push(score);
      }
    }
    // Opens that meet a service worker just started: a few pages, each extension alike, and the
    // comparisons (a new source each).
    for (const name of available.slice(0, COLD_PAGES)) {
      const url = `${web.origin}/real/${name}.html`;
      for (const bench of [baseline, shipped]) {
        const timing = await timeColdOpen(
          bench,
          url,
          bench === baseline ? BASELINE_SCORE : SHIPPED_SCORE,
        );
        if (timing) samples[bench === baseline ? 'coldBaseline' : 'coldShipped'].push(timing);
        else failures.push(`${bench.name}, worker just started: ${name}`);
      }
    }
    for (const seed of compareSeeds) {
      linkSourceAnew(seed, 'cold');
      const timing = await timeColdOpen(shipped, seed.url, SHIPPED_COMPARE, 30_000);
      if (timing) samples.coldCompare.push(timing);
      else failures.push(`compare, worker just started: ${seed.id}`);
    }
    const startup = {
      baseline: await workerStartup(baseline, 7),
      shipped: await workerStartup(shipped, 7),
    };
    report(samples, startup, failures, available.length, compareSeeds.length);
    if (profileDir) printProfiles();
    if (workerProfileDir) printWorkerProfiles();
    const fetched = web.requests.filter((r) => r.url.includes('unspun-bench=')).length;
    console.log(
      `\nSources the fixture web served for the comparisons: ${fetched} (one per page and round, and one per page on a worker just started, is expected).`,
    );
    await compareParsers(
      await baseline.context.newPage(),
      available.map((name) => ({
        name,
        file: path.join(realpagesDir, `${name}.html`),
        url: `https://bench.example/real/${name}.html`,
      })),
      rounds + 2,
    );
  } finally {
    for (const bench of [baseline, shipped]) {
      await bench.context.close();
      rmSync(bench.profile, { recursive: true, force: true });
    }
    await web.close();
  }
}

/** Where the profiled opens spent the page's time: each frame's own time per open. */
function printProfiles(): void {
  console.log(
    `\nUnspun's opens → score, CPU profile of the page (${profiles.length} opens, saved in ${profileDir}; own time per open, idle left out):`,
  );
  for (const { frame, ms } of selfTimes(profiles).slice(0, 20))
    console.log(`  ${ms.toFixed(2).padStart(7)} ms  ${frame}`);
}

/** Where the service worker's time went, by the kind of open. */
function printWorkerProfiles(): void {
  const kinds: Record<string, string> = {
    compare: 'Opens → comparison with the source fetched',
    cold: 'Opens → score on a worker just started',
    'cold-compare': 'Opens → comparison on a worker just started',
  };
  for (const [kind, profiles] of workerProfiles) {
    console.log(
      `\n${kinds[kind] ?? kind}, CPU profile of the service worker (${profiles.length} opens, saved in ${workerProfileDir}; own time per open, idle left out):`,
    );
    for (const { frame, ms } of selfTimes(profiles).slice(0, 30))
      console.log(`  ${ms.toFixed(2).padStart(7)} ms  ${frame}`);
  }
}

/** Page marks in the order they came (median from t0), then the background's durations. */
function byMedian(timings: Timing[], names: string[]): string[] {
  const at = (name: string) =>
    stats(timings.map((t) => t.marks[name]).filter((v): v is number => v !== undefined)).median;
  const key = (name: string) => (name.startsWith('background ') ? 1e9 : 0) + at(name);
  return [...names].sort((a, b) => key(a) - key(b));
}

function prefixed(measures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(measures).map(([k, v]) => [`background ${k}`, v]));
}

interface Samples {
  baseline: Timing[];
  shipped: Timing[];
  /** Open → comparison, the source fetched (first open of a page), and from the background's fetch cache (second). */
  compare: Timing[];
  compareCached: Timing[];
  compareScore: Timing[];
  /** Opens → score (both) and → comparison (source fetched) that meet a service worker just started. */
  coldBaseline: Timing[];
  coldShipped: Timing[];
  coldCompare: Timing[];
}

function report(
  samples: Samples,
  startup: Record<'baseline' | 'shipped', number[]>,
  failures: string[],
  pages: number,
  seeds: number,
): void {
  const median = (t: Timing[], key: 'host' | 'done' | 'painted') =>
    stats(t.map((x) => x[key])).median;
  const base = median(samples.baseline, 'done');
  /** One line of figures: the opens' times to the sidebar element, the result, or its paint. */
  const show = (label: string, timings: Timing[], key: 'host' | 'done' | 'painted' = 'done') =>
    console.log(
      line(
        label,
        timings.map((t) => t[key]),
      ),
    );
  console.log(`Open → score, ${pages} real pages (times from t0 in the page):`);
  show('baseline: sidebar element in the page', samples.baseline, 'host');
  show('baseline: its number shown', samples.baseline);
  show('baseline: its number painted', samples.baseline, 'painted');
  show('Unspun: sidebar element in the page', samples.shipped, 'host');
  show('Unspun: spin score shown', samples.shipped);
  show('Unspun: spin score painted', samples.shipped, 'painted');
  console.log(
    line(
      'harness gap (t0 → background called), both',
      [...samples.baseline, ...samples.shipped].map((t) => t.gap),
    ),
  );
  console.log(
    `\nOpen → comparison, ${seeds} seed pages linking their source (every site granted):`,
  );
  show('Unspun: spin score shown', samples.compareScore);
  show('Unspun: comparison shown, source fetched', samples.compare);
  show('Unspun: comparison shown, source cached', samples.compareCached);
  const scoreRatio = median(samples.shipped, 'done') / base;
  const compareRatio = median(samples.compare, 'done') / base;
  const cachedRatio = median(samples.compareCached, 'done') / base;
  console.log('\nRatios to the baseline’s open → number median in this run:');
  console.log(`  open → score       ${scoreRatio.toFixed(2)}×   (target ≤ 2×)`);
  const paintedRatio = median(samples.shipped, 'painted') / median(samples.baseline, 'painted');
  console.log(`  open → score painted ${paintedRatio.toFixed(2)}×   (each to its frame's paint)`);
  console.log(`  open → comparison  ${compareRatio.toFixed(2)}×   (target ≤ 3×; source fetched)`);
  if (samples.compareCached.length)
    console.log(
      `  open → comparison  ${cachedRatio.toFixed(2)}×   (source from the background's cache)`,
    );
  if (samples.coldBaseline.length && samples.coldShipped.length) {
    const coldBase = median(samples.coldBaseline, 'done');
    console.log(
      `\nOpens that meet a service worker just started (${samples.coldShipped.length} real pages each, ${samples.coldCompare.length} seed pages; its start not included):`,
    );
    show('  baseline: its number shown', samples.coldBaseline);
    show('  Unspun: spin score shown', samples.coldShipped);
    show('  Unspun: comparison shown, source fetched', samples.coldCompare);
    console.log(
      `  open → score       ${(median(samples.coldShipped, 'done') / coldBase).toFixed(2)}×   (to the baseline's open on a worker just started)`,
    );
    if (samples.coldCompare.length)
      console.log(
        `  open → comparison  ${(median(samples.coldCompare, 'done') / coldBase).toFixed(2)}×   (source fetched)`,
      );
  }
  const groups = [
    ['open → score', samples.shipped],
    ['open → comparison, source fetched', samples.compare],
    ['open → comparison, source cached', samples.compareCached],
  ] as const;
  for (const [label, measured] of groups) {
    if (!measured.some((t) => Object.keys(t.marks).length)) continue;
    // The observer's own time closes the list, so the last step shows what came after the marks.
    const timings: Timing[] = measured.map((t) => ({
      ...t,
      marks: { ...t.marks, '(result seen in the page)': t.done },
    }));
    const names = [...new Set(timings.flatMap((t) => Object.keys(t.marks)))];
    console.log(
      `\nMarks the build under test left, ${label} (page marks: median ms from t0, and the median` +
        ' step from the mark before it in the same run; background measures: durations):',
    );
    let previous: string | null = null;
    for (const name of byMedian(timings, names)) {
      const at = timings.map((t) => t.marks[name]).filter((v): v is number => v !== undefined);
      if (name.startsWith('background ')) {
        console.log(line(`  ${name}`, at));
        continue;
      }
      const before = previous;
      const steps = timings.flatMap((t) => {
        const here = t.marks[name];
        const prior = before === null ? 0 : t.marks[before];
        return here === undefined || prior === undefined ? [] : [here - prior];
      });
      console.log(`${line(`  ${name}`, at)}   step ${stats(steps).median.toFixed(1)}`);
      previous = name;
    }
  }
  const b = sizes(BASELINE_DIR);
  const s = sizes(SHIPPED_DIR);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log('\nContent script (content-scripts/sidebar.js, minified; gzip -9):');
  console.log(`  baseline  ${kB(b.script).padStart(9)}   gzip ${kB(b.gzip)}`);
  console.log(
    `  Unspun, e2e build  ${kB(s.script).padStart(9)}   gzip ${kB(s.gzip)}   (${(s.script / b.script).toFixed(2)}×)`,
  );
  const store = path.join(root, '.output/chrome-mv3');
  if (!option('--shipped') && existsSync(path.join(store, 'content-scripts/sidebar.js'))) {
    const st = sizes(store);
    console.log(
      `  Unspun, store build (.output/chrome-mv3)  ${kB(st.script).padStart(9)}   gzip ${kB(st.gzip)}   (${(st.script / b.script).toFixed(2)}×; the timings use the e2e build)`,
    );
  }
  console.log('Background (background.js, minified; gzip -9):');
  console.log(`  baseline  ${kB(b.background).padStart(9)}   gzip ${kB(b.backgroundGzip)}`);
  console.log(`  Unspun    ${kB(s.background).padStart(9)}   gzip ${kB(s.backgroundGzip)}`);
  console.log(
    '\nBackground start-up (service worker stopped, then started through the DevTools protocol):',
  );
  for (const name of ['baseline', 'shipped'] as const) {
    const label = name === 'baseline' ? 'baseline' : 'Unspun';
    console.log(line(`  ${label}: start → running (script evaluated)`, startup[name]));
  }
  if (failures.length) console.log(`\nNo answer (left out of the figures): ${failures.join('; ')}`);
}

await main();
