// Runs a provider as a Terraform plugin process: handshake, AutoMTLS, gRPC on a unix socket,
// and a prompt exit when Terraform says it is done.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { createServerIdentity } from "./certificate";
import { HandshakeError, checkMagicCookie, handshakeLine, negotiateProtocolVersion } from "./handshake";
import { Provider } from "./provider";
import { ProviderService } from "./rpc";
import { loadServices } from "./wire";

// Terraform sends whole states in one message; grpc-js would refuse anything over 4 MB.
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
// After answering Shutdown, how long open connections get to close before the process goes anyway.
const SHUTDOWN_GRACE_MS = 500;

export interface ServeOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the .proto files are; the directory of this module unless bundled elsewhere. */
  protoDir?: string;
}

/**
 * Serves the provider until Terraform shuts it down, then exits the process. Never returns
 * normally; exits 1 with a message on stderr when the handshake cannot be made.
 */
export async function serve(provider: Provider, options: ServeOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  // stdout belongs to the handshake; anything a library logs goes to stderr, which Terraform logs.
  console.log = console.info = console.debug = console.error;
  process.on("SIGINT", () => {}); // Ctrl-C reaches Terraform, which stops us through the protocol
  process.on("uncaughtException", (err) => process.stderr.write(`uncaught exception: ${err.stack ?? err}\n`));
  process.on("unhandledRejection", (err) => process.stderr.write(`unhandled rejection: ${String(err)}\n`));

  try {
    checkMagicCookie(env);
    negotiateProtocolVersion(env);
    const clientCertificate = env.PLUGIN_CLIENT_CERT;
    const identity = clientCertificate ? createServerIdentity() : undefined;
    const credentials = identity
      ? grpc.ServerCredentials.createSsl(
          Buffer.from(clientCertificate!),
          [{ private_key: Buffer.from(identity.privateKeyPem), cert_chain: Buffer.from(identity.certificatePem) }],
          true,
        )
      : grpc.ServerCredentials.createInsecure();

    const server = new grpc.Server({
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    });
    const exit = () => process.exit(0);
    addServices(server, new ProviderService(provider), options.protoDir, () => {
      server.tryShutdown(exit);
      setTimeout(exit, SHUTDOWN_GRACE_MS).unref();
    });
    process.on("SIGTERM", exit);

    const socketDir = fs.mkdtempSync(path.join(env.PLUGIN_UNIX_SOCKET_DIR || os.tmpdir(), "plugin"));
    process.on("exit", () => fs.rmSync(socketDir, { recursive: true, force: true }));
    const socket = path.join(socketDir, "plugin.sock");
    await new Promise<void>((resolve, reject) =>
      server.bindAsync(`unix:${socket}`, credentials, (err) => (err ? reject(err) : resolve())),
    );
    process.stdout.write(`${handshakeLine(socket, identity?.der)}\n`);
  } catch (err) {
    const message =
      err instanceof HandshakeError
        ? err.message
        : `The provider could not start: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

type Handler<Req, Res> = (request: Req, signal: AbortSignal) => Promise<Res> | Res;

function unary<Req, Res>(handle: Handler<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const cancelled = new AbortController();
    let answered = false;
    // grpc-js reports every stream that closes as cancelled, answered or not; aborting (and
    // building an AbortError) after every call would be work for nothing.
    call.on("cancelled", () => {
      if (!answered) cancelled.abort();
    });
    Promise.resolve()
      .then(() => handle(call.request, cancelled.signal))
      .then(
        (response) => {
          answered = true;
          callback(null, response);
        },
        // ProviderService answers every failure with diagnostics; this is for bugs in this layer.
        (err: Error) => {
          answered = true;
          callback({ code: grpc.status.INTERNAL, details: err.message });
        },
      );
  };
}

function addServices(
  server: grpc.Server,
  rpc: ProviderService,
  protoDir: string | undefined,
  shutdown: () => void,
): void {
  const services = loadServices(protoDir);
  server.addService(services.provider, {
    GetMetadata: unary(() => rpc.getMetadata()),
    GetProviderSchema: unary(() => rpc.getProviderSchema()),
    ValidateProviderConfig: unary(rpc.validateProviderConfig.bind(rpc)),
    ValidateResourceConfig: unary(rpc.validateResourceConfig.bind(rpc)),
    ValidateDataResourceConfig: unary(rpc.validateDataResourceConfig.bind(rpc)),
    UpgradeResourceState: unary(rpc.upgradeResourceState.bind(rpc)),
    ConfigureProvider: unary(rpc.configureProvider.bind(rpc)),
    ReadResource: unary(rpc.readResource.bind(rpc)),
    PlanResourceChange: unary(rpc.planResourceChange.bind(rpc)),
    ApplyResourceChange: unary(rpc.applyResourceChange.bind(rpc)),
    ImportResourceState: unary(rpc.importResourceState.bind(rpc)),
    ReadDataSource: unary(rpc.readDataSource.bind(rpc)),
    StopProvider: unary(() => rpc.stopProvider()),
  });
  server.addService(services.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(shutdown);
    },
  });
  server.addService(services.stdio, {
    // Nothing is written to stdout or stderr that Terraform should mirror: end the stream at once,
    // which go-plugin takes as "no output".
    StreamStdio: (call: grpc.ServerWritableStream<object, object>) => call.end(),
  });
}
