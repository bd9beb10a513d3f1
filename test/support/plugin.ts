// Terraform's side of the plugin protocol, for tests and benchmarks that start a real provider
// process: the environment Terraform starts it with, its handshake line, and a gRPC client
// over mutual TLS with the certificate from that line.

import { ChildProcess, spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { ServerIdentity } from "../../provider/protocol/certificate";
import { MAGIC_COOKIE_VALUE } from "../../provider/protocol/handshake";

/** A started plugin process and what it has said so far. */
export interface Plugin {
  child: ChildProcess;
  /** Its first stdout line (the handshake), or all of stdout if it exited without one. */
  line: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** What Terraform sets for a provider it starts, `identity` being Terraform's client certificate. */
export const terraformEnv = (identity: ServerIdentity): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
  PLUGIN_PROTOCOL_VERSIONS: "5,6",
  PLUGIN_CLIENT_CERT: identity.certificatePem,
});

/** Starts the plugin executable and waits for its first stdout line (or its exit). */
export function startPlugin(executable: string, env: NodeJS.ProcessEnv): Promise<Plugin> {
  const child = spawn(executable, [], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve) => {
    const plugin = (line: string): Plugin => ({ child, line, stdout: () => stdout, stderr: () => stderr, exited });
    child.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes("\n")) resolve(plugin(stdout.slice(0, stdout.indexOf("\n"))));
    });
    void exited.then(() => resolve(plugin(stdout)));
  });
}

/** The plugin's certificate, from the last field of its handshake line, as PEM. */
export function serverPem(line: string): string {
  const der = Buffer.from(line.split("|")[5] as string, "base64");
  return new X509Certificate(der).toString();
}

/**
 * A client of one of the plugin's services on the socket its handshake line names, trusting
 * only the certificate on that line and presenting `identity` (none: no client certificate).
 */
export function pluginClient(service: grpc.ServiceDefinition, plugin: Plugin, identity?: ServerIdentity): grpc.Client {
  const Client = grpc.makeGenericClientConstructor(service, "");
  const credentials = grpc.credentials.createSsl(
    Buffer.from(serverPem(plugin.line)),
    identity ? Buffer.from(identity.privateKeyPem) : null,
    identity ? Buffer.from(identity.certificatePem) : null,
  );
  return new Client(`unix:${plugin.line.split("|")[3]}`, credentials, { "grpc.ssl_target_name_override": "localhost" });
}

/** One unary call by method name, with a 10 s deadline. */
export function callPlugin<T>(c: grpc.Client, method: string, request: object = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    (c as unknown as Record<string, (r: object, o: object, cb: (e: Error | null, v: T) => void) => void>)[method](
      request,
      { deadline },
      (err, value) => (err ? reject(err) : resolve(value)),
    );
  });
}
