/**
 * Headless Debian chromium for the HTML tests, offline, and a DevTools
 * protocol session over `--remote-debugging-pipe` (fd 3 in, fd 4 out,
 * NUL-separated JSON): no WebSocket, so no dependency on Node 22 or `ws`.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { promisify } from "node:util";

export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  existsSync(p),
);

/** The flags that keep chromium from reaching for the network at start. */
function flags(): string[] {
  const profile = mkdtempSync(join(tmpdir(), "plan-chromium-"));
  return [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
  ];
}

/** chromium with its own arguments (--dump-dom, --screenshot=...), to completion. */
export function chromium(args: string[]) {
  return promisify(execFile)(CHROMIUM!, [...flags(), ...args], {
    timeout: 60_000,
    maxBuffer: 20 * 1024 * 1024,
  });
}

type Json = Record<string, unknown>;

export class DevTools {
  private nextId = 1;
  private buffer = "";
  private readonly pending = new Map<
    number,
    { resolve: (v: Json) => void; reject: (e: Error) => void }
  >();
  private readonly waiters: { method: string; resolve: (v: Json) => void }[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding("utf8");
    output.on("data", (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf("\0"); end >= 0; end = this.buffer.indexOf("\0")) {
        const message = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
  }

  static async launch(): Promise<DevTools> {
    const child = spawn(CHROMIUM!, [...flags(), "--remote-debugging-pipe", "about:blank"], {
      stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
    });
    return new DevTools(child, child.stdio[3] as Writable, child.stdio[4] as Readable);
  }

  private dispatch(message: Json) {
    if (typeof message.id === "number") {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(JSON.stringify(message.error)));
      else p?.resolve(message.result as Json);
      return;
    }
    const i = this.waiters.findIndex((w) => w.method === message.method);
    if (i >= 0) this.waiters.splice(i, 1)[0].resolve(message.params as Json);
  }

  send(method: string, params: Json = {}, sessionId?: string): Promise<Json> {
    const id = this.nextId++;
    this.input.write(
      JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0",
    );
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  event(method: string): Promise<Json> {
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  /** A new page showing `url`, loaded; returns its session id. */
  async open(url: string): Promise<string> {
    const { targetId } = (await this.send("Target.createTarget", { url: "about:blank" })) as {
      targetId: string;
    };
    const { sessionId } = (await this.send("Target.attachToTarget", {
      targetId,
      flatten: true,
    })) as { sessionId: string };
    await this.send("Page.enable", {}, sessionId);
    const loaded = this.event("Page.loadEventFired");
    await this.send("Page.navigate", { url }, sessionId);
    await loaded;
    return sessionId;
  }

  async close(): Promise<void> {
    await this.send("Browser.close").catch(() => undefined);
    if (this.child.exitCode === null) await new Promise((r) => this.child.once("exit", r));
  }
}
