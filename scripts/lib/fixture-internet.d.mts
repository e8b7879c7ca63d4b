import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SeedCase {
  id: string;
  seed?: string;
  fixture: string;
  url: string;
  kind: 'restatement' | 'source';
  source: string | null;
  linksSource?: boolean;
  sourceLinkText?: string | null;
  credits?: string;
  title: string;
  mustContain: string[];
  mustNotContain: string[];
  expect?: { flags?: string[]; spinAtLeast?: number | null; [key: string]: unknown };
}

export type Route =
  | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array }
  | ((req: IncomingMessage, res: ServerResponse) => void);

export interface FixtureInternet {
  port: number;
  origin: string;
  proxy: string;
  requests: { url: string; method: string; cookie: string | null }[];
  setRoute(url: string, route: Route): void;
  /** Serves `html` at http://127.0.0.1:PORT{path}, with extra response headers if given. */
  setPage(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

/** The seed cases (pages and sources) with their real addresses. */
export function loadCases(): SeedCase[];
/** Starts the fixture web on loopback. */
export function startFixtureInternet(options?: {
  routes?: Record<string, Route>;
  log?: (line: string) => void;
}): Promise<FixtureInternet>;
