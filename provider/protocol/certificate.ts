// The provider's TLS identity for AutoMTLS: a fresh ECDSA P-256 key and a self-signed
// certificate for localhost on every start, as go-plugin makes its own. Terraform pins the
// certificate it reads from the handshake line, so nothing else needs to trust it.
//
// The certificate is written as DER here with node:crypto doing the key and the signature:
// one fixed shape of certificate takes a page of code, where an X.509 library (and the
// reflection polyfill it needs) would cost more start-up time than all of gRPC.

import crypto from "node:crypto";

export interface ServerIdentity {
  /** The certificate as DER, for the handshake line. */
  der: Buffer;
  certificatePem: string;
  privateKeyPem: string;
}

const VALIDITY_MS = 365 * 24 * 3600 * 1000;
// A little slack so a client whose clock reads slightly behind still accepts the certificate.
const BACKDATE_MS = 60 * 1000;

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  extKeyUsage: "2.5.29.37",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
};

/** Makes a key pair and a certificate for DNS:localhost, self-signed, usable as its own CA. */
export function createServerIdentity(now: Date = new Date()): ServerIdentity {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const algorithm = sequence(oid(OID.ecdsaWithSha256));
  const name = sequence(
    set(sequence(oid(OID.organization), utf8String("Tidemark"))),
    set(sequence(oid(OID.commonName), utf8String("localhost"))),
  );
  const serial = crypto.randomBytes(16);
  serial[0] &= 0x7f; // serial numbers are positive
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))), // X.509 v3
    integer(serial),
    algorithm,
    name,
    sequence(time(new Date(now.getTime() - BACKDATE_MS)), time(new Date(now.getTime() + VALIDITY_MS))),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    explicit(
      3,
      sequence(
        // digitalSignature (bit 0) and keyCertSign (bit 5): 1000 0100, last 2 bits unused
        extension(OID.keyUsage, true, bitString(Buffer.from([0x84]), 2)),
        extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth), oid(OID.clientAuth))),
        extension(OID.basicConstraints, true, sequence(tlv(0x01, Buffer.from([0xff])))),
        extension(OID.subjectAltName, false, sequence(tlv(0x82, Buffer.from("localhost", "ascii")))), // dNSName
      ),
    ),
  );
  const signature = crypto.sign("sha256", tbs, privateKey); // DER-encoded ECDSA signature
  const der = sequence(tbs, algorithm, bitString(signature, 0));
  return {
    der,
    certificatePem: pem("CERTIFICATE", der),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

// ---- DER ----

function tlv(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...length]), content]);
}

function sequence(...items: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(items));
}

function set(...items: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(items));
}

function explicit(tagNumber: number, content: Buffer): Buffer {
  return tlv(0xa0 + tagNumber, content);
}

function integer(unsigned: Buffer): Buffer {
  let bytes = unsigned;
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

function bitString(bytes: Buffer, unusedBits: number): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}

function utf8String(text: string): Buffer {
  return tlv(0x0c, Buffer.from(text, "utf8"));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [tlv(0x01, Buffer.from([0xff]))] : []), tlv(0x04, value));
}

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let v = arc >>> 7; v > 0; v >>>= 7) base128.unshift((v & 0x7f) | 0x80);
    bytes.push(...base128);
  }
  return tlv(0x06, Buffer.from(bytes));
}

// UTCTime through 2049, GeneralizedTime after, as RFC 5280 requires.
function time(date: Date): Buffer {
  const iso = date.toISOString(); // 2025-01-02T03:04:05.678Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z"; // 20250102030405Z
  return date.getUTCFullYear() < 2050
    ? tlv(0x17, Buffer.from(digits.slice(2), "ascii"))
    : tlv(0x18, Buffer.from(digits, "ascii"));
}
