/**
 * The server under fuzz: tests/support/childServer.ts (SQLite in a data dir) in a child process,
 * watched. A crash is the process exiting, or /api/health not answering for more than 5 s; after
 * one the server is started again on the same data dir (new port) and the run goes on. Its log
 * lines of level warn and above are counted by message, so a report can say what the server
 * complained about; its stderr tail (an uncaught exception's stack) is kept for each crash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Health not answered for longer than this is a crash (a hang is as bad as an exit). */
export const HEALTH_DEADLINE_MS = 5_000;
const HEALTH_POLL_MS = 250;

export interface Crash {
  kind: 'exit' | 'hang';
  detail: string;
  /** ms since the fuzz started. */
  at: number;
  stderrTail: string;
}

export interface WatchedServer {
  readonly url: string;
  readonly origin: string;
  readonly crashes: Crash[];
  /** `level message` → count, for warn and above. */
  readonly logCounts: Map<string, number>;
  /** Called as soon as a crash is seen (before the restart). */
  onCrash(listener: (crash: Crash) => void): void;
  /** Called with the new url after a crash restart. */
  onRestart(listener: (url: string) => void | Promise<void>): void;
  /** The largest resident set size of the server process seen since the last call (MB; Linux). */
  takePeakRssMb(): number;
  /** SIGKILL and start again on the same data dir (not a crash: the durability check). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const LEVELS: Record<number, string> = { 40: 'warn', 50: 'error', 60: 'fatal' };

export async function startWatchedServer(
  dataDir: string,
  startedAt: number,
): Promise<WatchedServer> {
  let child: ChildProcess;
  let url = '';
  let stderrTail = '';
  let expectingExit = false;
  let restarting: Promise<void> | null = null;
  let lastHealthy = Date.now();
  let stopped = false;
  const crashes: Crash[] = [];
  const logCounts = new Map<string, number>();
  const listeners: ((url: string) => void | Promise<void>)[] = [];
  const crashListeners: ((crash: Crash) => void)[] = [];

  function countLog(line: string): void {
    try {
      const entry = JSON.parse(line) as {
        level?: number;
        msg?: string;
        err?: { message?: string };
      };
      const level = LEVELS[entry.level ?? 0];
      if (!level) return;
      const reason = entry.err?.message ? `: ${entry.err.message.slice(0, 90)}` : '';
      const key = `${level} ${entry.msg ?? ''}${reason}`;
      logCounts.set(key, (logCounts.get(key) ?? 0) + 1);
    } catch {
      // not a log line
    }
  }

  async function spawnChild(): Promise<void> {
    stderrTail = '';
    child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'tests/support/childServer.ts'), dataDir],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          TEST_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
          // The fuzzer reconnects its hostile members far faster than the connection budget
          // lets anyone (tested on its own): lifted, so frames rather than 429s reach the rooms.
          ORDERLANE_CONNECTION_BURST: '1000000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4_000);
    });
    const current = child;
    url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: current.stdout! });
      lines.on('line', (line) => {
        if (line.startsWith('{"url"')) resolve((JSON.parse(line) as { url: string }).url);
        else countLog(line);
      });
      current.once('exit', (code) =>
        reject(new Error(`server exited while starting (${code}): ${stderrTail}`)),
      );
    });
    lastHealthy = Date.now();
    current.once('exit', (code, signal) => {
      if (expectingExit || stopped) return;
      crashed('exit', `exit code ${code}, signal ${signal}`);
    });
  }

  function killChild(): Promise<void> {
    const current = child;
    if (current.exitCode !== null || current.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      current.once('exit', () => resolve());
      current.kill('SIGKILL');
    });
  }

  function crashed(kind: Crash['kind'], detail: string): void {
    if (restarting || stopped) return;
    const crash: Crash = { kind, detail, at: Date.now() - startedAt, stderrTail };
    crashes.push(crash);
    for (const listener of crashListeners) listener(crash);
    restarting = (async () => {
      expectingExit = true;
      await killChild();
      expectingExit = false;
      await spawnChild();
      for (const listener of listeners) await listener(url);
    })()
      .catch((error: unknown) => {
        // Not even a fresh process on the same data dir starts: the run cannot go on.
        crashes.push({
          kind: 'exit',
          detail: `restart failed: ${String(error)}`,
          at: Date.now() - startedAt,
          stderrTail,
        });
        stopped = true;
      })
      .finally(() => {
        restarting = null;
      });
  }

  let peakRssKb = 0;
  function sampleRss(): void {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakRssKb = Math.max(peakRssKb, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // not Linux, or the process is gone
    }
  }

  let polling = false;
  const poller = setInterval(() => {
    sampleRss();
    if (polling || restarting || stopped) return;
    polling = true;
    fetch(`${url}/api/health`, { signal: AbortSignal.timeout(HEALTH_DEADLINE_MS) })
      .then((res) => {
        if (res.ok) lastHealthy = Date.now();
        return res.body?.cancel();
      })
      .catch(() => undefined)
      .finally(() => {
        polling = false;
        if (!restarting && !stopped && Date.now() - lastHealthy > HEALTH_DEADLINE_MS)
          crashed('hang', `/api/health unanswered for ${Date.now() - lastHealthy} ms`);
      });
  }, HEALTH_POLL_MS);
  process.once('exit', () => child.kill('SIGKILL'));

  await spawnChild();
  return {
    get url() {
      return url;
    },
    get origin() {
      return url;
    },
    crashes,
    logCounts,
    takePeakRssMb() {
      const peak = peakRssKb / 1024;
      peakRssKb = 0;
      return peak;
    },
    onCrash: (listener) => void crashListeners.push(listener),
    onRestart: (listener) => void listeners.push(listener),
    async restart() {
      while (restarting) await restarting;
      expectingExit = true;
      await killChild();
      expectingExit = false;
      await spawnChild();
    },
    async stop() {
      stopped = true;
      clearInterval(poller);
      while (restarting) await restarting.catch(() => undefined);
      await killChild();
    },
  };
}
