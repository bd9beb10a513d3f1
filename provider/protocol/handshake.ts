// The go-plugin handshake, as Terraform expects it of a provider: checks on the environment
// Terraform starts the plugin with, and the one line the plugin answers on stdout.

export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

/** go-plugin's own protocol version, the first field of the handshake line. */
const CORE_PROTOCOL_VERSION = 1;
/** The only Terraform plugin protocol this provider speaks. */
export const PROTOCOL_VERSION = 6;

/** A reason not to start, in words for whoever ran the binary. */
export class HandshakeError extends Error {}

type Env = Record<string, string | undefined>;

/** Throws unless Terraform started this process: a provider run by hand has nobody to talk to. */
export function checkMagicCookie(env: Env): void {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      "This is a Terraform provider plugin; Terraform starts it, it is not meant to be run directly.\n" +
        "Install it (npm run provider:install) and use it from a Terraform configuration instead.",
    );
  }
}

/**
 * Picks protocol 6 from the versions Terraform offers (PLUGIN_PROTOCOL_VERSIONS, e.g. "5,6",
 * in any order). Without the variable, 6 is assumed, as go-plugin assumes its default.
 */
export function negotiateProtocolVersion(env: Env): number {
  const offered = env.PLUGIN_PROTOCOL_VERSIONS;
  if (offered === undefined || offered.trim() === "") return PROTOCOL_VERSION;
  const versions = offered.split(",").map((v) => v.trim());
  if (versions.includes(String(PROTOCOL_VERSION))) return PROTOCOL_VERSION;
  throw new HandshakeError(
    `This provider speaks Terraform plugin protocol ${PROTOCOL_VERSION}, but this Terraform offers only ${versions.join(", ")}.\n` +
      "Use Terraform 1.0 or newer.",
  );
}

/**
 * `1|6|unix|<socket>|grpc|<certificate>`: the certificate as DER in standard base64 without
 * padding (go's RawStdEncoding), or empty when Terraform asked for no TLS.
 */
export function handshakeLine(socketPath: string, certificateDer?: Uint8Array): string {
  const certificate = certificateDer ? Buffer.from(certificateDer).toString("base64").replace(/=+$/, "") : "";
  return [CORE_PROTOCOL_VERSION, PROTOCOL_VERSION, "unix", socketPath, "grpc", certificate].join("|");
}
