/**
 * Hostile input over every route of the OpenAPI document: malformed percent-encodings in each
 * path segment, odd and overlong ids, hostile values in every query parameter (filters with bad
 * escapes, control characters and unbalanced quotes; forged, foreign and tampered page tokens;
 * parameters given twice), malformed, oversized and wrong-type bodies, and bad headers, sent with
 * and without a valid token as several roles. A client's mistake is never a 5xx, every error has
 * the documented shape, nothing leaks a stack trace or a driver's words, and the server's memory
 * comes back near where it was.
 *
 * The server runs as a child process (so its RSS is its own) on a MariaDB store, with an
 * instance on the test MariaDB and one of everything, so routes with ids reach their handlers.
 * The generator is seeded: every run sends the same requests.
 */
import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { connectAdmin, connectionTarget, freePort, testDatabaseUrl } from "../support/database";

const root = path.resolve(__dirname, "../..");
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Caller = "admin" | "dba" | "member" | "owner" | "developer" | "viewer" | "anonymous" | "forged";
const CALLERS: Caller[] = ["admin", "dba", "member", "owner", "developer", "viewer", "anonymous", "forged"];

interface Operation {
  method: string;
  /** OpenAPI path, `/v1/instances/{instance}/databases/{database}`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** The component name of the request body, when the route takes one. */
  body?: string;
}

interface Probe {
  family: string;
  /** The operation aimed at, `get /v1/environments/{id}`. */
  route: string;
  method: string;
  /** Path and query exactly as they go on the wire. */
  target: string;
  caller: Caller;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Bytes written to a fresh socket instead of a well-formed request. */
  raw?: Buffer;
  /** A raw request the server cannot answer (the client hung up mid-body). */
  answerless?: boolean;
}

interface Outcome {
  probe: Probe;
  status: number;
  text: string;
  problem?: string;
}

/** mulberry32: small, seeded, and the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of the store and target drivers, and of JavaScript's own errors: none belongs in an error.
const DRIVER_WORDS =
  /\bER_[A-Z_]{3,}|SQLSTATE|\berrno\b|Prisma|prisma|SQLITE|sqlite|mysql2|mariadb:\/\/|mysql:\/\/|node_modules|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|TypeError|RangeError|SyntaxError|ReferenceError|URIError|Cannot read propert|is not a function|Unexpected token|in JSON at position/;
const STACK_MARKER = "    at ";

/** Why a response breaks the contract, or undefined when it keeps it. */
function contractProblem(probe: Probe, status: number, text: string): string | undefined {
  if (status === 0) return probe.answerless ? undefined : "no answer";
  if (status >= 500) return `${status}`;
  if (text.includes(STACK_MARKER)) return "a stack trace in the body";
  if (status < 400 || probe.method === "HEAD") return undefined;
  if (DRIVER_WORDS.test(text)) return `driver or runtime words: ${DRIVER_WORDS.exec(text)?.[0]}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "an error body that is not JSON";
  }
  const outer = parsed as Record<string, unknown>;
  if (typeof outer !== "object" || outer === null || Object.keys(outer).join() !== "error") {
    return "an error body that is not {error}";
  }
  const e = outer.error as Record<string, unknown>;
  const extra = Object.keys(e).filter((k) => !["code", "status", "message", "details"].includes(k));
  if (extra.length > 0) return `unexpected error fields ${extra.join()}`;
  if (e.code !== status) return `error.code ${String(e.code)} under HTTP ${status}`;
  if (typeof e.status !== "string" || !/^[A-Z][A-Z_]+$/.test(e.status)) return "error.status is not a status name";
  if (typeof e.message !== "string" || e.message === "") return "error.message is empty";
  if (e.details !== undefined) {
    if (!Array.isArray(e.details)) return "error.details is not an array";
    for (const d of e.details as Record<string, unknown>[]) {
      if (typeof d?.field !== "string" || typeof d.description !== "string" || Object.keys(d).length !== 2) {
        return "an error.details entry that is not {field, description}";
      }
    }
  }
  return undefined;
}

function vmRssKb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? NaN);
}

// ---- What the generator sends ------------------------------------------------------------

/** Path segments that are not valid percent-encoded UTF-8, or odd in some other way. */
const BAD_ENCODINGS = [
  "%",
  "%C0%AF",
  "%FF%FE",
  "%E0%A4%A",
  "%ED%A0%80",
  "%zz",
  "%2",
  "%%",
  "%G0",
  "%C3",
  "%80",
  "%F4%90%80%80",
  "%F8%88%80%80%80",
  "%EF%BF%BE",
];
const ODD_SEGMENTS = [
  "%00",
  "%0A",
  "%0D%0A",
  "%7F",
  "%2F",
  "%5C",
  "..",
  "%2e%2e",
  ".",
  "%20",
  "%E2%80%AE",
  "%F0%9F%92%A9",
  "%252F",
  "__proto__",
  "constructor",
  "-",
  "A",
  "UPPER",
  "0",
  "a;b",
  "a,b",
  "a*",
  "a%3Ab",
  "~",
  "'",
  "%27%20OR%201%3D1",
  "a".repeat(63),
  "a".repeat(64),
  "a".repeat(300),
  "a".repeat(5000),
];

/** Query values, as they go on the wire (some already percent-encoded, some not valid). */
const HOSTILE_VALUES = [
  "",
  "%",
  "%C0%AF",
  "%FF%FE",
  "%E0%A4%A",
  "%ED%A0%80",
  "%00",
  "a%01b",
  "%7F",
  "%0A",
  "true",
  "false",
  "TRUE",
  "-1",
  "0",
  "1",
  "1.5",
  "1e3",
  "0x10",
  "1001",
  "99999999999999999999999",
  "NaN",
  "Infinity",
  "null",
  "%5B%5D",
  "%7B%7D",
  "__proto__",
  "%27%20OR%20%271%27%3D%271",
  "..%2F..%2F",
  "%E6%97%A5%E6%9C%AC",
  "%F0%9F%92%A9",
  "a".repeat(6000),
];

/** Filters a list cannot apply: each must be a 400 naming `filter`. */
const BAD_FILTERS = [
  'title = "a',
  'title = "a\\x"',
  'title = "\\',
  'title = "a\\u0041"',
  'title = "a\u0001b"',
  'title = "a\u0000"',
  "title = a\u0007",
  'title = "line\nbreak"',
  '"',
  "\\",
  "title",
  '= "a"',
  'title = "a" AND',
  "AND",
  "title !=",
  'title ~ "a"',
  'title = "a" OR title = "b"',
  'title = "a" and title = "b"',
  'nosuchfield = "x"',
  "labels. = x",
  '(title = "a")',
  'title = "a"b"',
  "title = 'single'",
  'title = "a" AND AND title = "b"',
  `title = "${"\\".repeat(999)}`,
  `title = "${"x".repeat(3000)}"`,
  'title = "\u202e"\u0085',
  'labels.x = "\ud800"',
  "title = %",
];

function encodeFilter(filter: string): string {
  // A lone surrogate cannot be percent-encoded: send the bytes a broken client would.
  return filter
    .split(/(\ud800)/)
    .map((part) => (part === "\ud800" ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("");
}

const BAD_PAGE_SIZES = ["-1", "abc", "1.5", "1e3", "1001", "99999999999999999999999", "0x10", " 1", "%00", ""];

/** Top-level values for one field of a body. */
const FIELD_VALUES: unknown[] = [
  null,
  "",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001f",
  "\ud800",
  "\uffff",
  "💩".repeat(64),
  "x".repeat(201),
  "x".repeat(70_000),
  "' OR 1=1 --",
  "../../etc/passwd",
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  true,
  [],
  [null],
  {},
  { __proto__: { admin: true } },
  { a: { b: { c: { d: "deep" } } } },
];

function deepArray(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}
function deepObject(depth: number): string {
  return '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
}

/** Whole bodies: [description, content-type, bytes]. */
const BODIES: [string, string, string | Buffer][] = [
  ["truncated JSON", "application/json", '{"title":'],
  ["a lone brace", "application/json", "{"],
  ["a missing value", "application/json", '{"a":}'],
  ["trailing garbage", "application/json", '{"title":"x"} trailing'],
  ["single quotes", "application/json", "{'title':'x'}"],
  ["a bare word", "application/json", "nul"],
  ["a raw NUL byte", "application/json", '{"title":"a\u0000b"}'],
  ["a raw control character", "application/json", '{"title":"a\u0001b"}'],
  ["invalid UTF-8", "application/json", Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d])],
  ["a byte-order mark", "application/json", "\ufeff{}"],
  ["an empty body", "application/json", ""],
  ["whitespace", "application/json", "   \n "],
  ["an array", "application/json", "[]"],
  ["a string", "application/json", '"s"'],
  ["a number", "application/json", "1"],
  ["null", "application/json", "null"],
  ["true", "application/json", "true"],
  ["nested arrays 100,000 deep", "application/json", deepArray(100_000)],
  ["nested objects 50,000 deep", "application/json", deepObject(50_000)],
  ["a 900 kB string", "application/json", JSON.stringify({ title: "x".repeat(900_000) })],
  ["a body over the limit", "application/json", JSON.stringify({ title: "x".repeat(1_100_000) })],
  [
    "40,000 keys",
    "application/json",
    JSON.stringify(Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`k${i}`, i]))),
  ],
  ["duplicate keys", "application/json", '{"title":"a","title":"b","title":{}}'],
  ["__proto__", "application/json", '{"__proto__":{"role":"workspaceAdmin"},"constructor":{"prototype":{}}}'],
  ["a huge number", "application/json", `{"order":1${"0".repeat(400)}}`],
  ["text", "text/plain", '{"title":"x"}'],
  ["a form", "application/x-www-form-urlencoded", "title=x&title=y"],
  [
    "multipart",
    "multipart/form-data; boundary=x",
    '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--x--',
  ],
  ["UTF-16", "application/json; charset=utf-16", '{"title":"x"}'],
  ["Latin-1", "application/json; charset=latin1", '{"title":"x"}'],
  ["a made-up charset", "application/json; charset=klingon", '{"title":"x"}'],
  ["no content type", "", '{"title":"x"}'],
  ["a malformed content type", "application/", '{"title":"x"}'],
  ["JSON with parameters", "application/json; foo=bar; charset=utf-8", "{}"],
];

/** Header sets a well-formed request may carry. */
function hostileHeaders(validToken: string): Record<string, string>[] {
  const [head = "", payload = "", signature = ""] = validToken.split(".");
  const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString("base64url")}.${payload}.`;
  const flipped = `${head}.${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`;
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  const otherSubject = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: "serviceAccounts/nobody" })).toString("base64url")}.${signature}`;
  return [
    { authorization: "Bearer" },
    { authorization: "Bearer " },
    { authorization: `bearer ${validToken}` },
    { authorization: `Bearer  ${validToken}` },
    { authorization: `Bearer ${validToken} extra` },
    { authorization: "Basic Zm9vOmJhcg==" },
    { authorization: "Bearer a.b.c" },
    { authorization: "Bearer ...." },
    { authorization: `Bearer ${"A".repeat(8000)}` },
    { authorization: `Bearer ${none}` },
    { authorization: `Bearer ${flipped}` },
    { authorization: `Bearer ${otherSubject}` },
    { authorization: "Bearer \u00e9\u00e8" },
    { authorization: `Bearer ${validToken}`, "x-request-id": "../../etc/passwd" },
    { authorization: `Bearer ${validToken}`, "x-request-id": "x".repeat(4000) },
    { authorization: `Bearer ${validToken}`, "if-match": '"' },
    { authorization: `Bearer ${validToken}`, "if-match": "W/" },
    { authorization: `Bearer ${validToken}`, accept: "application/xml" },
    { authorization: `Bearer ${validToken}`, "accept-encoding": "br;q=abc" },
    { authorization: `Bearer ${validToken}`, "x-http-method-override": "DELETE" },
    { authorization: `Bearer ${validToken}`, "content-type": "application/json", "content-encoding": "gzip" },
    { authorization: `Bearer ${validToken}`, "content-type": "application/json", "content-encoding": "deflate" },
    { authorization: `Bearer ${validToken}`, "content-type": "application/json", "content-encoding": "br" },
    { authorization: `Bearer ${validToken}`, "content-type": "application/json", "content-encoding": "compress" },
    { authorization: `Bearer ${validToken}`, "content-type": "application/json", "content-encoding": "identity, x" },
    { authorization: `Bearer ${validToken}`, "x-big": "y".repeat(12_000) },
  ];
}

/** Malformed HTTP, for a raw socket: the parser's answers must have the error shape too. */
function rawRequests(target: string, validToken: string): [string, Buffer, boolean][] {
  const auth = `Authorization: Bearer ${validToken}\r\n`;
  const req = (text: string): Buffer => Buffer.from(text, "latin1");
  return [
    ["a huge header", req(`GET ${target} HTTP/1.1\r\nHost: x\r\n${auth}X-Big: ${"z".repeat(20_000)}\r\n\r\n`), false],
    ["many headers", req(`GET ${target} HTTP/1.1\r\nHost: x\r\n${"X-A: b\r\n".repeat(3000)}\r\n`), false],
    [
      "a non-numeric Content-Length",
      req(`POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: abc\r\n\r\n{}`),
      false,
    ],
    [
      "a negative Content-Length",
      req(`POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: -1\r\n\r\n{}`),
      false,
    ],
    [
      "two Content-Lengths",
      req(`POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}`),
      false,
    ],
    [
      "a huge Content-Length",
      req(
        `POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}`,
      ),
      false,
    ],
    [
      "Content-Length and chunked",
      req(
        `POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
      ),
      false,
    ],
    [
      "a bad chunk size",
      req(
        `POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      ),
      false,
    ],
    [
      "a body shorter than its Content-Length",
      req(
        `POST ${target} HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":1}`,
      ),
      true,
    ],
    ["a header without a colon", req(`GET ${target} HTTP/1.1\r\nHost: x\r\n${auth}Nonsense\r\n\r\n`), false],
    ["a NUL in a header", req(`GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\u0000b\r\n\r\n`), false],
    ["a folded header", req(`GET ${target} HTTP/1.1\r\nHost: x\r\n${auth}X-A: b\r\n  c\r\n\r\n`), false],
    [
      "raw bytes in the path",
      Buffer.concat([
        req("GET /v1/environments/"),
        Buffer.from([0xff, 0xfe]),
        req(` HTTP/1.1\r\nHost: x\r\n${auth}\r\n`),
      ]),
      false,
    ],
    ["a made-up method", req(`FROB ${target} HTTP/1.1\r\nHost: x\r\n${auth}\r\n`), false],
    [
      "an absolute-form target",
      req(`GET http://x${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${auth}\r\n`),
      false,
    ],
    ["an asterisk target", req(`OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n`), false],
    ["HTTP/0.9", req(`GET ${target}\r\n\r\n`), false],
    ["HTTP/9.9", req(`GET ${target} HTTP/9.9\r\nHost: x\r\n\r\n`), false],
    ["no Host", req(`GET ${target} HTTP/1.1\r\nConnection: close\r\n${auth}\r\n`), false],
    ["a bare LF", req(`GET ${target} HTTP/1.1\nHost: x\n${auth.replace("\r\n", "\n")}\n`), false],
  ];
}

// ---- The run ------------------------------------------------------------------------------

describe("hostile input over every route", () => {
  const suffix = crypto.randomBytes(3).toString("hex");
  const targetUser = `tm_hi_${suffix}`;
  const targetPassword = `Hi-${crypto.randomBytes(12).toString("hex")}`;
  const targetDb = `tmh_${suffix}`;
  const storeDb = `tidemark_hostile_${suffix}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tidemark-hostile-"));
  const random = seeded(20260110);
  const tokens = new Map<Caller, string>();
  const serverErrors: string[] = [];
  const outcomes: Outcome[] = [];
  let child: ChildProcess | undefined;
  let url = "";
  let port = 0;
  let operations: Operation[] = [];
  let pathValues: Record<string, string> = {};
  let rssBeforeKb = 0;
  let inspector: string | undefined;
  let realPageTokens: { own: string; foreign: string; otherFilter: string } = { own: "", foreign: "", otherFilter: "" };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const caller = (): Caller => (random() < 0.5 ? "admin" : pick(CALLERS));

  async function api<T = Record<string, unknown>>(
    method: string,
    p: string,
    body?: unknown,
    token = tokens.get("admin"),
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(url + p, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  async function login(id: string, role: string): Promise<string> {
    const account = await api<{ email: string; key: string }>("POST", `/v1/serviceAccounts?serviceAccountId=${id}`, {
      title: id,
      role,
    });
    if (account.status !== 200) throw new Error(`creating serviceAccounts/${id}: ${JSON.stringify(account.body)}`);
    const session = await api<{ token: string }>("POST", "/v1/auth/login", {
      email: account.body.email,
      password: account.body.key,
    });
    return session.body.token;
  }

  function headersFor(probe: Probe): Record<string, string> {
    const token = tokens.get(probe.caller);
    return {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(probe.body !== undefined ? { "content-type": "application/json" } : {}),
      ...probe.headers,
    };
  }

  function sendHttp(probe: Probe, retried = false): Promise<{ status: number; text: string }> {
    return new Promise((resolve) => {
      let answered = false;
      const done = (status: number, text: string): void => {
        if (answered) return;
        answered = true;
        resolve({ status, text });
      };
      const headers = Object.fromEntries(Object.entries(headersFor(probe)).filter(([, v]) => v !== ""));
      let req: http.ClientRequest;
      try {
        req = http.request({ host: "127.0.0.1", port, method: probe.method, path: probe.target, headers, agent });
      } catch (err) {
        // Node refuses to send it (a character no client library would put on the wire).
        done(-1, String(err));
        return;
      }
      req.setTimeout(60_000, () => req.destroy(new Error("no answer within 60 s")));
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8")));
        res.on("error", () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8")));
      });
      // An answer may come before the whole body was taken (a 413): what counts is the answer.
      req.on("error", (err) => {
        // A kept-alive socket the server closed as it idled: the request never reached it.
        if (req.reusedSocket && !retried && (err as NodeJS.ErrnoException).code === "ECONNRESET") {
          answered = true;
          void sendHttp(probe, true).then(resolve);
          return;
        }
        done(0, String(err));
      });
      req.end(probe.body);
    });
  }

  function sendRaw(bytes: Buffer, hangUp: boolean): Promise<{ status: number; text: string }> {
    return new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      const chunks: Buffer[] = [];
      const finish = (): void => {
        const all = Buffer.concat(chunks).toString("utf8");
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(all)?.[1] ?? 0);
        const split = all.indexOf("\r\n\r\n");
        const head = split < 0 ? all : all.slice(0, split);
        let body = split < 0 ? "" : all.slice(split + 4);
        if (/\r\ntransfer-encoding: chunked/i.test(head)) body = dechunk(body);
        resolve({ status, text: body });
      };
      socket.setTimeout(20_000, () => socket.destroy());
      socket.on("data", (c: Buffer) => {
        chunks.push(c);
        // A kept-alive answer is complete once its Content-Length has arrived.
        const all = Buffer.concat(chunks);
        const split = all.indexOf("\r\n\r\n");
        const length = /\r\ncontent-length: (\d+)/i.exec(all.subarray(0, split).toString("latin1"))?.[1];
        if (split >= 0 && length !== undefined && all.length >= split + 4 + Number(length)) socket.destroy();
      });
      socket.on("close", finish);
      socket.on("error", () => undefined);
      // Node drops the answer to a client that half-closed: only the one that hangs up does.
      if (hangUp) socket.end(bytes);
      else socket.write(bytes);
    });
  }

  async function send(probe: Probe): Promise<Outcome> {
    const { status, text } = probe.raw ? await sendRaw(probe.raw, probe.answerless === true) : await sendHttp(probe);
    const problem = status === -1 ? undefined : contractProblem(probe, status, text);
    return { probe, status, text, ...(problem ? { problem } : {}) };
  }

  /** Sends every probe, at most `limit` in flight, and keeps every outcome. */
  async function run(probes: Probe[], limit = 16): Promise<Outcome[]> {
    const results: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: limit }, async () => {
        while (next < probes.length) {
          const probe = probes[next++] as Probe;
          results.push(await send(probe));
        }
      }),
    );
    outcomes.push(...results);
    return results;
  }

  function describeFailures(results: Outcome[]): string[] {
    return results
      .filter((o) => o.problem)
      .slice(0, 25)
      .map(
        (o) =>
          `${o.problem}: ${o.probe.family} ${o.probe.method} ${o.probe.target.slice(0, 160)} as ${o.probe.caller} → ${o.status} ${o.text.slice(0, 300)}`,
      );
  }

  const routeOf = (op: Operation): string => `${op.method} ${op.path}`;

  /** The path of an operation with every parameter filled from the fixtures, one replaced. */
  function fill(op: Operation, replace?: { param: string; value: string }): string {
    return op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      replace?.param === name ? replace.value : encodeURIComponent(valueOf(op, name)),
    );
  }

  function valueOf(op: Operation, param: string): string {
    if (param !== "id") return pathValues[param] as string;
    const collection = op.path.split("/")[2] as string;
    return pathValues[collection] as string;
  }

  /** Deletes, policy replacements and key rotations run last, so the fixtures serve the rest. */
  const destructive = (op: Operation): boolean =>
    op.method === "delete" || op.path.endsWith(":setIamPolicy") || op.path.endsWith(":rotateKey");
  const phase = (ops: Operation[], last: boolean): Operation[] => ops.filter((op) => destructive(op) === last);

  function pathProbes(ops: Operation[]): Probe[] {
    const probes: Probe[] = [];
    for (const op of ops) {
      const method = op.method.toUpperCase();
      for (const param of op.pathParams) {
        const good = encodeURIComponent(valueOf(op, param));
        for (const bad of [...BAD_ENCODINGS, ...ODD_SEGMENTS]) {
          for (const value of [bad, `${good}${bad}`]) {
            probes.push({
              route: routeOf(op),
              family: "path",
              method,
              target: fill(op, { param, value }),
              caller: caller(),
            });
          }
        }
      }
      // The fixed segments too: a malformed one must not reach a handler, nor break one.
      const segments = fill(op).split("/");
      for (let i = 2; i < segments.length; i++) {
        for (const bad of BAD_ENCODINGS) {
          const copy = [...segments];
          copy[i] = `${copy[i]}${bad}`;
          probes.push({
            route: routeOf(op),
            family: "path",
            method,
            target: copy.join("/"),
            caller: caller(),
          });
        }
      }
    }
    return probes;
  }

  const EXTRA_QUERY = ["filter", "pageSize", "pageToken", "updateMask", "etag", "showDeleted", "force", "purge"];

  function queryProbes(ops: Operation[]): Probe[] {
    const probes: Probe[] = [];
    for (const op of ops) {
      const method = op.method.toUpperCase();
      const base = fill(op);
      const isList = op.queryParams.includes("pageToken");
      const add = (query: string, family = "query"): void => {
        probes.push({
          route: routeOf(op),
          family,
          method,
          target: `${base}?${query}`,
          caller: caller(),
          ...(op.body ? { body: "{}" } : {}),
        });
      };
      const names = [...new Set([...op.queryParams, ...EXTRA_QUERY])];
      for (const name of names) {
        const documented = op.queryParams.includes(name);
        const values = documented ? HOSTILE_VALUES : HOSTILE_VALUES.filter(() => random() < 0.25);
        for (const value of values) add(`${name}=${value}`);
        // Given twice, as an array, as an object: the parser hands these over as non-strings.
        add(`${name}=a&${name}=b`);
        add(`${name}=&${name}=`);
        add(`${name}[]=a`);
        add(`${name}[x]=a`);
        add(`${name}`);
      }
      if (isList) {
        for (const filter of BAD_FILTERS) add(`filter=${encodeFilter(filter)}`, "filter");
        for (const size of BAD_PAGE_SIZES) add(`pageSize=${size}`, "pageSize");
        const { own, foreign, otherFilter } = realPageTokens;
        const tokensToTry = [
          foreign,
          otherFilter,
          own.slice(0, -1),
          `${own.slice(0, 5)}${own[5] === "A" ? "B" : "A"}${own.slice(6)}`,
          own.split(".")[0] ?? "",
          `${own}.`,
          ".",
          "garbage",
          Buffer.from(JSON.stringify({ a: "zzz" })).toString("base64url"),
          Buffer.from(JSON.stringify({ a: 1 })).toString("base64url"),
          Buffer.from("not json").toString("base64url"),
          "%ED%A0%80",
          "A".repeat(6000),
        ];
        for (const token of tokensToTry) add(`pageToken=${encodeURIComponent(token)}`, "pageToken");
      }
      // Many parameters at once, past the parser's key limit.
      add(Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join("&"));
    }
    return probes;
  }

  /** A body the route would take, so that one field at a time can be made hostile. */
  function seedBody(component: string): Record<string, unknown> {
    const database = `instances/fz/databases/${targetDb}`;
    const seeds: Record<string, Record<string, unknown>> = {
      Environment: { title: "Hostile", order: 3, labels: { a: "b" } },
      Instance: {
        title: "Hostile",
        engine: "MARIADB",
        environment: "environments/fz-env",
        dataSources: [{ type: "ADMIN", host: "127.0.0.1", port: 1, username: "u", password: "p" }],
      },
      Project: { title: "Hostile", requiredApprovals: 1 },
      ServiceAccount: { title: "Hostile", role: "workspaceMember" },
      ReviewConfig: { title: "Hostile", rules: [] },
      Change: { title: "Hostile", targets: [database], sql: "SELECT 1" },
      Database: { project: "projects/fz-proj", labels: { a: "b" } },
      LoginRequest: { email: "nobody@example.com", password: "tmk_nothing" },
      ChangeDecisionRequest: { comment: "ok" },
      ChangeResolutionRequest: { statement: 1, applied: true, comment: "checked" },
      ChangeWaitRequest: { timeout: "0s" },
      RotateKeyRequest: {},
      SetIamPolicyRequest: { policy: { bindings: iamBindings() } },
      BatchUpdateDatabasesRequest: { requests: [{ database: { name: database, labels: { a: "b" } } }] },
    };
    const seed = seeds[component];
    if (!seed) throw new Error(`no seed body for ${component}: add one`);
    return seed;
  }

  function bodyProbes(ops: Operation[], fields: Record<string, string[]>): Probe[] {
    const probes: Probe[] = [];
    for (const op of ops) {
      const method = op.method.toUpperCase();
      if (method === "GET") continue;
      const target = `${fill(op)}${op.queryParams.includes("updateMask") ? "" : ""}`;
      for (const [description, type, bytes] of BODIES) {
        probes.push({
          route: routeOf(op),
          family: `body (${description})`,
          method,
          target,
          caller: caller(),
          headers: { "content-type": type },
          body: bytes,
        });
      }
      if (!op.body) continue;
      const seed = seedBody(op.body);
      for (const field of [...(fields[op.body] ?? []), "unknownField"]) {
        for (const value of FIELD_VALUES) {
          probes.push({
            route: routeOf(op),
            family: `body field ${field}`,
            method,
            target,
            caller: caller(),
            body: JSON.stringify({ ...seed, [field]: value }),
          });
        }
        probes.push({
          route: routeOf(op),
          family: `body field ${field} (deep)`,
          method,
          target,
          caller: caller(),
          body: JSON.stringify(seed).replace(/^\{/, `{"${field}":${deepObject(5000)},`),
        });
      }
    }
    return probes;
  }

  function headerProbes(ops: Operation[]): Probe[] {
    const probes: Probe[] = [];
    const admin = tokens.get("admin") as string;
    for (const op of ops) {
      const method = op.method.toUpperCase();
      const target = fill(op);
      for (const headers of hostileHeaders(admin)) {
        probes.push({
          route: routeOf(op),
          family: "headers",
          method,
          target,
          caller: "anonymous",
          headers,
          ...(method !== "GET" ? { body: "{}" } : {}),
        });
      }
      for (const [description, bytes, answerless] of rawRequests(target, admin)) {
        probes.push({
          route: routeOf(op),
          family: `raw (${description})`,
          method,
          target,
          caller: "anonymous",
          raw: bytes,
          answerless,
        });
      }
      // Methods the route does not serve.
      for (const other of ["PUT", "OPTIONS", "HEAD", "PATCH", "DELETE", "POST", "GET"]) {
        if (other === method) continue;
        probes.push({
          route: routeOf(op),
          family: "method",
          method: other,
          target,
          caller: caller(),
        });
      }
    }
    return probes;
  }

  /**
   * The server's RSS once a full garbage collection has run, asked for over its inspector: V8
   * keeps a burst's garbage until it needs the room, so RSS without one says little about leaks.
   */
  async function collectedRssKb(): Promise<number> {
    if (!inspector) throw new Error("the server's inspector did not start");
    await new Promise<void>((resolve, reject) => {
      const gc = spawn(
        process.execPath,
        ["--experimental-websocket", "--no-warnings", "-e", COLLECT_GARBAGE, inspector as string],
        {
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      let stderr = "";
      gc.stderr?.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      gc.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`collecting garbage failed: ${stderr}`))));
    });
    await sleep(500);
    return vmRssKb(child?.pid as number);
  }

  let iamBindings = (): unknown[] => [];
  let bodyFields: Record<string, string[]> = {};

  beforeAll(async () => {
    const admin = await connectAdmin();
    await admin.query(`CREATE DATABASE \`${storeDb}\``);
    await admin.query(`CREATE DATABASE \`${targetDb}\``);
    await admin.query(`CREATE TABLE \`${targetDb}\`.accounts (id INT PRIMARY KEY, email VARCHAR(255))`);
    for (const host of ["%", "localhost"]) {
      await admin.query(`CREATE USER '${targetUser}'@'${host}' IDENTIFIED BY '${targetPassword}'`);
      await admin.query(`GRANT ALL ON \`${targetDb}\`.* TO '${targetUser}'@'${host}'`);
      // Tidemark's ledger of applied statements (server/engine/ledger.ts).
      await admin.query(`GRANT ALL ON \`_tidemark\`.* TO '${targetUser}'@'${host}'`);
    }
    await admin.end();

    const storeUrl = new URL(testDatabaseUrl());
    storeUrl.pathname = `/${storeDb}`;
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // From the sources through tsx: no build to share with suites running beside this one.
    child = spawn(process.execPath, ["--inspect=127.0.0.1:0", "--import", "tsx", path.join(root, "server/main.ts")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: storeUrl.toString(),
        TIDEMARK_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let pending = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString("utf8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("{") && (JSON.parse(line) as { level: number }).level >= 50) serverErrors.push(line);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      // The inspector's greeting (it is there so the test can ask for a full GC), nothing else.
      inspector ??= /Debugger listening on (ws:\/\/\S+)/.exec(text)?.[1];
      const other = text.split("\n").filter((l) => l !== "" && !/^Debugger listening on |^For help, see: /.test(l));
      serverErrors.push(...other);
    });
    for (let tries = 0; ; tries++) {
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (tries > 200 || child.exitCode !== null) throw new Error(`the server did not start: ${serverErrors.join("")}`);
      await sleep(100);
    }

    const bootstrap = JSON.parse(fs.readFileSync(path.join(dataDir, "bootstrap.json"), "utf8")) as {
      email: string;
      key: string;
    };
    const session = await api<{ token: string }>("POST", "/v1/auth/login", {
      email: bootstrap.email,
      password: bootstrap.key,
    });
    tokens.set("admin", session.body.token);
    tokens.set("forged", `${session.body.token.slice(0, -4)}AAAA`);

    const must = async (method: string, p: string, body?: unknown): Promise<Record<string, unknown>> => {
      const res = await api(method, p, body);
      if (res.status !== 200) {
        throw new Error(
          `${method} ${p}: ${res.status} ${JSON.stringify(res.body)}; server: ${serverErrors.join("\n")}`,
        );
      }
      return res.body;
    };
    await must("POST", "/v1/reviewConfigs?reviewConfigId=fz-rc", { title: "Hostile", rules: [] });
    await must("POST", "/v1/environments?environmentId=fz-env", {
      title: "Hostile",
      reviewConfig: "reviewConfigs/fz-rc",
    });
    await must("POST", "/v1/environments?environmentId=fz-env2", { title: "Hostile too", order: 1 });
    const target = connectionTarget();
    await must("POST", "/v1/instances?instanceId=fz", {
      title: "Hostile",
      engine: "MARIADB",
      environment: "environments/fz-env",
      dataSources: [
        { type: "ADMIN", host: target.host, port: target.port, username: targetUser, password: targetPassword },
      ],
    });
    await must("POST", "/v1/projects?projectId=fz-proj", { title: "Hostile", reviewConfig: "reviewConfigs/fz-rc" });
    await must("POST", "/v1/instances/-/databases:batchUpdate", {
      requests: [{ database: { name: `instances/fz/databases/${targetDb}`, project: "projects/fz-proj" } }],
    });
    await must("POST", "/v1/serviceAccounts?serviceAccountId=fz-sa", { title: "Hostile" });
    tokens.set("dba", await login("fz-dba", "workspaceDBA"));
    tokens.set("member", await login("fz-member", "workspaceMember"));
    for (const role of ["owner", "developer", "viewer"] as const)
      tokens.set(role, await login(`fz-${role}`, "workspaceMember"));
    iamBindings = () => [
      { role: "projectOwner", members: ["serviceAccounts/fz-owner"] },
      { role: "projectDeveloper", members: ["serviceAccounts/fz-developer"] },
      { role: "projectViewer", members: ["serviceAccounts/fz-viewer"] },
    ];
    await must("POST", "/v1/projects/fz-proj:setIamPolicy", { policy: { bindings: iamBindings() } });
    const change = await must("POST", "/v1/projects/fz-proj/changes?changeId=fz-change", {
      title: "Hostile",
      targets: [`instances/fz/databases/${targetDb}`],
      sql: "CREATE TABLE hostile_t (id INT PRIMARY KEY)",
    });
    expect(change.status).toBe("APPROVED");
    await must("POST", "/v1/projects/fz-proj/changes/fz-change:run");
    for (let i = 0; ; i++) {
      const status = (await must("GET", "/v1/projects/fz-proj/changes/fz-change")).status;
      if (status === "DONE") break;
      if (i > 200) throw new Error(`the fixture change did not finish: ${String(status)}`);
      await sleep(50);
    }
    const changelogs = await must("GET", `/v1/instances/fz/databases/${targetDb}/changelogs`);
    const changelog = (changelogs.changelogs as { name: string }[])[0]?.name ?? "";
    pathValues = {
      environments: "fz-env",
      instances: "fz",
      projects: "fz-proj",
      serviceAccounts: "fz-sa",
      reviewConfigs: "fz-rc",
      instance: "fz",
      database: targetDb,
      project: "fz-proj",
      change: "fz-change",
      changelog: changelog.split("/").pop() as string,
    };
    const own = (await must("GET", "/v1/environments?pageSize=1")).nextPageToken as string;
    const foreign = (await must("GET", "/v1/serviceAccounts?pageSize=1")).nextPageToken as string;
    const otherFilter = (await must("GET", `/v1/environments?pageSize=1&filter=${encodeFilter('title != "x"')}`))
      .nextPageToken as string;
    realPageTokens = { own, foreign, otherFilter };

    const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: { name: string; in: string }[];
            requestBody?: { content: Record<string, { schema: { $ref: string } }> };
          }
        >
      >;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    operations = Object.entries(document.paths).flatMap(([p, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const ref = op.requestBody?.content["application/json"]?.schema.$ref;
        return {
          method,
          path: p,
          pathParams: (op.parameters ?? []).filter((x) => x.in === "path").map((x) => x.name),
          queryParams: (op.parameters ?? []).filter((x) => x.in === "query").map((x) => x.name),
          ...(ref ? { body: ref.split("/").pop() as string } : {}),
        };
      }),
    );
    bodyFields = Object.fromEntries(
      Object.entries(document.components.schemas).map(([name, schema]) => [name, Object.keys(schema.properties ?? {})]),
    );
    // Warm the server up, then take its resting size.
    await run(queryProbes(operations.filter((op) => op.method === "get")).slice(0, 300));
    outcomes.length = 0;
    rssBeforeKb = await collectedRssKb();
  }, 120_000);

  afterAll(async () => {
    agent.destroy();
    if (child && child.exitCode === null) {
      child.kill("SIGKILL");
      await new Promise((r) => child?.once("exit", r));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    const admin = await connectAdmin();
    await admin.query(`DROP DATABASE IF EXISTS \`${storeDb}\``);
    await admin.query(`DROP DATABASE IF EXISTS \`${targetDb}\``);
    for (const host of ["%", "localhost"]) await admin.query(`DROP USER IF EXISTS '${targetUser}'@'${host}'`);
    await admin.end();
  });

  test("the document lists routes with path parameters, lists and bodies to aim at", () => {
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter((op) => op.pathParams.length > 0).length).toBeGreaterThan(20);
    const lists = operations.filter((op) => op.queryParams.includes("filter")).map((op) => op.path);
    expect(lists).toEqual(
      expect.arrayContaining([
        "/v1/environments",
        "/v1/instances",
        "/v1/projects",
        "/v1/serviceAccounts",
        "/v1/reviewConfigs",
        "/v1/auditLogs",
        "/v1/projects/{project}/changes",
        "/v1/instances/{instance}/databases/{database}/changelogs",
      ]),
    );
    expect(Object.values(pathValues).every((v) => v !== "")).toBe(true);
  });

  test("a malformed percent-encoding in a path segment is a 400 naming the path", async () => {
    for (const bad of ["%", "%C0%AF", "%FF%FE", "%E0%A4%A", "%ED%A0%80"]) {
      for (const target of [
        `/v1/environments/${bad}`,
        `/v1/projects/fz-proj/changes/${bad}:run`,
        `/v1/instances/fz/databases/${bad}/changelogs`,
      ]) {
        const [outcome] = await run([{ family: "path", route: "targeted", method: "GET", target, caller: "admin" }]);
        expect([target, outcome?.status]).toEqual([target, 400]);
        const error = (JSON.parse(outcome?.text ?? "{}") as { error: { status: string; details: { field: string }[] } })
          .error;
        expect(error.status).toBe("INVALID_ARGUMENT");
        expect(error.details[0]?.field).toBe("path");
      }
    }
  });

  test("every list refuses a filter it cannot apply, a bad page size and a forged, foreign or tampered page token", async () => {
    const lists = operations.filter((op) => op.queryParams.includes("filter"));
    for (const op of lists) {
      const base = fill(op);
      const cases: [string, string][] = [
        [`filter=${encodeFilter('nosuchfield = "x"')}`, "filter"],
        [`filter=${encodeFilter('name = "a\\q"')}`, "filter"],
        [`filter=${encodeFilter('name = "a\u0001"')}`, "filter"],
        [`filter=${encodeFilter('name = "a')}`, "filter"],
        [`filter=${encodeFilter(`name = "${"x".repeat(3000)}"`)}`, "filter"],
        ["filter=a&filter=b", "filter"],
        ["pageSize=abc", "pageSize"],
        ["pageSize=1001", "pageSize"],
        ["pageSize=-1", "pageSize"],
        [
          `pageToken=${encodeURIComponent(op.path === "/v1/serviceAccounts" ? realPageTokens.own : realPageTokens.foreign)}`,
          "pageToken",
        ],
        [`pageToken=${encodeURIComponent(realPageTokens.own.slice(0, -2))}`, "pageToken"],
        [`pageToken=${Buffer.from(JSON.stringify({ a: "zzz" })).toString("base64url")}`, "pageToken"],
      ];
      for (const [query, field] of cases) {
        const [outcome] = await run([
          { family: "list", route: routeOf(op), method: "GET", target: `${base}?${query}`, caller: "admin" },
        ]);
        const details = (JSON.parse(outcome?.text ?? "{}") as { error?: { details?: { field: string }[] } }).error
          ?.details;
        expect([op.path, query.slice(0, 60), outcome?.status, details?.[0]?.field]).toEqual([
          op.path,
          query.slice(0, 60),
          400,
          field,
        ]);
      }
    }
  });

  test("the next page token of a list takes the next page, under the same filter", async () => {
    const first = await api<{ environments: { name: string }[]; nextPageToken: string }>(
      "GET",
      "/v1/environments?pageSize=1",
    );
    const second = await api<{ environments: { name: string }[] }>(
      "GET",
      `/v1/environments?pageSize=1&pageToken=${encodeURIComponent(first.body.nextPageToken)}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.environments[0]?.name).not.toBe(first.body.environments[0]?.name);
    const protectedOnes = await api<{ environments: { name: string }[] }>(
      "GET",
      `/v1/environments?filter=${encodeFilter('title = "Hostile too" AND order = 1')}`,
    );
    expect(protectedOnes.body.environments.map((e) => e.name)).toEqual(["environments/fz-env2"]);
  });

  test("a body over the limit is a 413 that states the limit", async () => {
    const [outcome] = await run([
      {
        family: "body",
        route: "targeted",
        method: "POST",
        target: "/v1/environments?environmentId=too-big",
        caller: "admin",
        body: JSON.stringify({ title: "x".repeat(1_100_000) }),
      },
    ]);
    expect(outcome?.status).toBe(413);
    expect(JSON.parse(outcome?.text ?? "{}")).toEqual({
      error: { code: 413, status: "INVALID_ARGUMENT", message: expect.stringMatching(/1 MiB/) as unknown },
    });
  });

  test("malformed percent-encodings and odd ids in every path segment", async () => {
    const results = await run(pathProbes(phase(operations, false)));
    expect(describeFailures(results)).toEqual([]);
  }, 300_000);

  test("hostile values in every query parameter: filters, page tokens, sizes, duplicates", async () => {
    const results = await run(queryProbes(phase(operations, false)));
    expect(describeFailures(results)).toEqual([]);
  }, 300_000);

  test("malformed, oversized, deep and wrong-type bodies", async () => {
    const results = await run(bodyProbes(phase(operations, false), bodyFields));
    expect(describeFailures(results)).toEqual([]);
  }, 300_000);

  test("bad headers, malformed HTTP and methods a route does not serve", async () => {
    const results = await run(headerProbes(phase(operations, false)));
    expect(describeFailures(results)).toEqual([]);
  }, 300_000);

  test("the same on routes that delete, replace a policy or rotate a key", async () => {
    const last = phase(operations, true);
    const results = await run([
      ...pathProbes(last),
      ...queryProbes(last),
      ...bodyProbes(last, bodyFields),
      ...headerProbes(last),
    ]);
    expect(describeFailures(results)).toEqual([]);
  }, 300_000);

  test("over 10,000 requests on every route: no 500 logged, the server alive, its memory near its resting size", async () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(10_000);
    const perRoute = new Map<string, number>();
    for (const o of outcomes) perRoute.set(o.probe.route, (perRoute.get(o.probe.route) ?? 0) + 1);
    const thin = operations.map(routeOf).filter((route) => (perRoute.get(route) ?? 0) < 100);
    expect(thin).toEqual([]);
    expect(serverErrors.filter((l) => l.includes("request failed"))).toEqual([]);
    expect(child?.exitCode).toBeNull();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const rssAfterKb = await collectedRssKb();
    process.stdout.write(
      `hostile input: ${outcomes.length} requests over ${operations.length} routes; RSS ${Math.round(rssBeforeKb / 1024)} MB before, ${Math.round(rssAfterKb / 1024)} MB after\n`,
    );
    expect(rssAfterKb - rssBeforeKb).toBeLessThan(100 * 1024);
  }, 60_000);
});

/** Connects to a Node inspector (argv[1]) and runs two full garbage collections. */
const COLLECT_GARBAGE = `
const ws = new WebSocket(process.argv[1]);
let id = 0;
const waiting = new Map();
ws.onmessage = (m) => { const d = JSON.parse(m.data); waiting.get(d.id)?.(d); };
const call = (method) => new Promise((r) => { waiting.set(++id, r); ws.send(JSON.stringify({ id, method })); });
ws.onerror = () => process.exit(1);
ws.onopen = async () => {
  await call("HeapProfiler.enable");
  await call("HeapProfiler.collectGarbage");
  await call("HeapProfiler.collectGarbage");
  ws.close();
  process.exit(0);
};
`;

function dechunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const line = rest.indexOf("\r\n");
    if (line < 0) return out;
    const size = parseInt(rest.slice(0, line), 16);
    if (!(size > 0)) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}
