// The provider's typed client of the Tidemark REST API. It owns sessions (log in, log in again
// when a token expires or a 401 comes back) and retries of idempotent calls, so resources only
// say what to call.

import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import tls from "node:tls";

export interface ClientOptions {
  /** Base URL of the server, e.g. `http://localhost:8080`. */
  url: string;
  /** The service account's email. */
  serviceAccount: string;
  /** The service account's key. */
  serviceKey: string;
  /** Cancels in-flight calls (Terraform's StopProvider); see also `withSignal`. */
  signal?: AbortSignal;
  /** Attempts for idempotent calls on 429, 5xx and connection errors. */
  maxAttempts?: number;
  /** First retry delay in ms; doubles per attempt, capped at 5 s. */
  retryBaseMs?: number;
}

export interface FieldViolation {
  field: string;
  description: string;
}

/** A failed API call, with what a diagnostic needs: the server's words and its request id. */
export class ApiCallError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly status: string,
    message: string,
    readonly details: FieldViolation[],
    readonly requestId: string | undefined,
  ) {
    super(message);
  }

  get notFound(): boolean {
    return this.httpStatus === 404;
  }
}

type Query = Record<string, string | number | undefined>;

/** One page of a list: the items under the collection's field, and the token of the next page. */
interface ListPage<T> {
  nextPageToken?: string;
  [field: string]: T[] | string | undefined;
}

/** A JSON object, its fields read by name. */
function isFields(json: unknown): json is Record<string, unknown> {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

function isFieldViolation(json: unknown): json is FieldViolation {
  return isFields(json) && typeof json.field === "string" && typeof json.description === "string";
}

const IDEMPOTENT = new Set(["GET", "PUT", "DELETE", "HEAD"]);
const RETRIABLE_STATUS = new Set([429, 502, 503, 504]);
// 429 and 503 say the server did not act on the request, so even a create may be sent again.
const NOT_PROCESSED = new Set([429, 503]);

/** An answer as `send` reads it: the whole body, read before it decides anything. */
interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

// node:http rather than fetch: fetch loads undici on its first call (tens of ms in a process
// Terraform starts three times per plan) and costs about twice the CPU per call. Connections
// are kept alive across calls; the agent retires one before the server's announced timeout.
const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true, ...nodeDefaultTrust() }),
};

/**
 * The launcher starts node with --use-openssl-ca: serving Terraform over TLS then does not parse
 * node's ~140 bundled root certificates (about 25 ms of every start, three starts per plan). An
 * https Tidemark is still trusted as node trusts by default: its bundled roots and the
 * certificates in NODE_EXTRA_CA_CERTS, parsed only when such a call is first made.
 */
function nodeDefaultTrust(): { ca?: string[] } {
  if (!process.execArgv.includes("--use-openssl-ca")) return {};
  const extra = process.env.NODE_EXTRA_CA_CERTS;
  let extraPem: string | undefined;
  try {
    extraPem = extra ? fs.readFileSync(extra, "utf8") : undefined;
  } catch {
    // Node warns about an unreadable file and goes on without it; so do we.
  }
  return { ca: [...tls.rootCertificates, ...(extraPem ? [extraPem] : [])] };
}

function httpRequest(
  url: URL,
  init: { method: string; headers: http.OutgoingHttpHeaders; body?: string; signal?: AbortSignal },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === "https:";
    const req = (secure ? https : http).request(
      url,
      { method: init.method, headers: init.headers, agent: secure ? agents.https : agents.http, signal: init.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
        res.on("close", () => {
          if (!res.complete)
            reject(Object.assign(new Error("the connection closed mid-answer"), { code: "ECONNRESET" }));
        });
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/** A login, shared by every view of one client. */
interface Session {
  token?: string;
  expiry: number;
  /** Renew this long before expiry: a tenth of the token's life, at most a minute. */
  margin: number;
}

export class TidemarkClient {
  private readonly base: string;

  constructor(
    private readonly options: ClientOptions,
    private readonly session: Session = { expiry: 0, margin: 0 },
  ) {
    this.base = options.url.replace(/\/+$/, "");
  }

  /** The same client and session, its calls cancelled by `signal` (one Terraform call's). */
  withSignal(signal: AbortSignal): TidemarkClient {
    return new TidemarkClient({ ...this.options, signal }, this.session);
  }

  /** Logs in (again). Throws ApiCallError with the server's message when the key is refused. */
  async login(): Promise<void> {
    const res = await this.send(
      "POST",
      "/v1/auth/login",
      undefined,
      {
        email: this.options.serviceAccount,
        password: this.options.serviceKey,
      },
      false,
    );
    if (!isFields(res) || typeof res.token !== "string" || typeof res.expireTime !== "string")
      throw new ApiCallError(0, "INTERNAL", `${this.base} answered the login without a token`, [], undefined);
    this.session.token = res.token;
    this.session.expiry = new Date(res.expireTime).getTime();
    this.session.margin = Math.min(60_000, (this.session.expiry - Date.now()) / 10);
  }

  /** `GET /v1/{name}`: a resource, or a collection such as `instances`. */
  get<T>(name: string, query?: Query): Promise<T> {
    return this.call<T>("GET", `/v1/${name}`, query);
  }

  create<T>(collection: string, idParameter: string, id: string, body: object): Promise<T> {
    return this.call<T>("POST", `/v1/${collection}`, { [idParameter]: id }, body);
  }

  update<T>(name: string, body: object, updateMask: string[]): Promise<T> {
    return this.call<T>("PATCH", `/v1/${name}`, { updateMask: updateMask.join(",") }, body);
  }

  delete(name: string, query?: Query): Promise<unknown> {
    return this.call("DELETE", `/v1/${name}`, query);
  }

  /** A custom verb, `POST /v1/{name}:{verb}`. */
  verb<T>(name: string, verb: string, body: object = {}): Promise<T> {
    return this.call<T>("POST", `/v1/${name}:${verb}`, undefined, body);
  }

  /** Every item of a paged list: `collection` such as `instances` or `projects/p/databases`. */
  async list<T>(collection: string, field: string, query: Query = {}): Promise<T[]> {
    const out: T[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.get<ListPage<T>>(collection, { ...query, pageSize: 1000, pageToken });
      const items = page[field];
      if (Array.isArray(items)) out.push(...items);
      pageToken = page.nextPageToken;
    } while (pageToken);
    return out;
  }

  private async call<T>(method: string, path: string, query?: Query, body?: object): Promise<T> {
    // Renew early so a token never expires between check and use; a 401 still renews below.
    if (!this.session.token || Date.now() > this.session.expiry - this.session.margin) await this.login();
    let answer: unknown;
    try {
      answer = await this.send(method, path, query, body, true);
    } catch (err) {
      if (!(err instanceof ApiCallError) || err.httpStatus !== 401) throw err;
      await this.login();
      answer = await this.send(method, path, query, body, true);
    }
    // cast: an answer is the resource schema/ describes for this call; the client does not check it again
    return answer as T;
  }

  private async send(
    method: string,
    path: string,
    query: Query | undefined,
    body: object | undefined,
    auth: boolean,
  ): Promise<unknown> {
    const url = new URL(this.base + path);
    for (const [k, v] of Object.entries(query ?? {}))
      if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
    const attempts = this.options.maxAttempts ?? 5;
    const idempotent = IDEMPOTENT.has(method);
    for (let attempt = 1; ; attempt++) {
      let res: HttpAnswer;
      try {
        res = await httpRequest(url, {
          method,
          headers: {
            accept: "application/json",
            ...(body !== undefined ? { "content-type": "application/json" } : {}),
            ...(auth && this.session.token ? { authorization: `Bearer ${this.session.token}` } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          ...(this.options.signal ? { signal: this.options.signal } : {}),
        });
      } catch (err) {
        if (this.options.signal?.aborted)
          throw new ApiCallError(0, "CANCELLED", "the call was cancelled", [], undefined);
        if (idempotent && attempt < attempts) {
          await this.pause(attempt);
          continue;
        }
        const code = err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : undefined;
        throw new ApiCallError(0, "UNAVAILABLE", `cannot reach ${this.base}${code ? ` (${code})` : ""}`, [], undefined);
      }
      if (res.status >= 200 && res.status < 300) return res.body ? JSON.parse(res.body) : {};
      const retriable = idempotent ? RETRIABLE_STATUS.has(res.status) : NOT_PROCESSED.has(res.status);
      if (retriable && attempt < attempts) {
        await this.pause(attempt, header(res, "retry-after"));
        continue;
      }
      throw toCallError(res);
    }
  }

  private pause(attempt: number, retryAfter?: string | null): Promise<void> {
    const base = this.options.retryBaseMs ?? 200;
    const fromHeader = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
    const ms = Math.min(fromHeader ?? base * 2 ** (attempt - 1), 5000);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      this.options.signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(new ApiCallError(0, "CANCELLED", "the call was cancelled", [], undefined));
        },
        { once: true },
      );
    });
  }
}

function header(res: HttpAnswer, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function toCallError(res: HttpAnswer): ApiCallError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    // Not our JSON error shape: a proxy in between, most likely.
  }
  const e = isFields(parsed) && isFields(parsed.error) ? parsed.error : {};
  return new ApiCallError(
    res.status,
    typeof e.status === "string" ? e.status : `HTTP_${res.status}`,
    typeof e.message === "string" ? e.message : `HTTP ${res.status}`,
    Array.isArray(e.details) ? e.details.filter(isFieldViolation) : [],
    header(res, "x-request-id"),
  );
}
