import { type ConnectionTarget, EngineError, engineError } from "../../server/engine/connection";

const target: ConnectionTarget = {
  host: "db.internal",
  port: 4000,
  username: "sync",
  password: "s3cret-never-shown",
  database: "shop",
};

/** A driver error as mysql2 raises it: a code, and text that may echo anything. */
const driverError = (code: string | undefined, message = `driver text with ${target.password}`): Error =>
  Object.assign(new Error(message), code === undefined ? {} : { code });

describe("driver failures in our words", () => {
  test.each([
    ["ECONNREFUSED", "UNREACHABLE", "cannot reach db.internal:4000: connection refused"],
    ["ENOTFOUND", "UNREACHABLE", "cannot reach db.internal:4000: unknown host"],
    ["EHOSTUNREACH", "UNREACHABLE", "cannot reach db.internal:4000: no route to the host"],
    ["PROTOCOL_CONNECTION_LOST", "UNREACHABLE", "cannot reach db.internal:4000: the connection was lost"],
    ["ER_CON_COUNT_ERROR", "UNREACHABLE", "db.internal:4000 accepts no more connections (too many connections)"],
    ["ETIMEDOUT", "TIMEOUT", "cannot reach db.internal:4000: no answer within 5 s"],
    ["PROTOCOL_SEQUENCE_TIMEOUT", "TIMEOUT", "db.internal:4000 did not answer a query within 60 s"],
    ["ER_ACCESS_DENIED_ERROR", "AUTH_FAILED", "access denied for user 'sync' on db.internal:4000"],
    ["AUTH_SWITCH_PLUGIN_ERROR", "AUTH_FAILED", "access denied for user 'sync' on db.internal:4000"],
    ["ER_HOST_NOT_PRIVILEGED", "AUTH_FAILED", "db.internal:4000 does not let this host connect (user 'sync')"],
    ["ER_ACCOUNT_HAS_BEEN_LOCKED", "AUTH_FAILED", "user 'sync' is locked on db.internal:4000"],
    ["ER_DBACCESS_DENIED_ERROR", "AUTH_FAILED", "user 'sync' may not use database 'shop' on db.internal:4000"],
    ["ER_BAD_DB_ERROR", "QUERY_FAILED", "database 'shop' does not exist on db.internal:4000"],
    ["ER_TABLEACCESS_DENIED_ERROR", "QUERY_FAILED", "user 'sync' lacks a privilege this needs on db.internal:4000"],
    ["HANDSHAKE_NO_SSL_SUPPORT", "TLS", "db.internal:4000 does not offer TLS"],
    ["ER_SECURE_TRANSPORT_REQUIRED", "TLS", "db.internal:4000 requires TLS: enable it for this data source"],
    [
      "DEPTH_ZERO_SELF_SIGNED_CERT",
      "TLS",
      "TLS with db.internal:4000 failed (DEPTH_ZERO_SELF_SIGNED_CERT): check the CA and the server's certificate",
    ],
    [
      "ERR_TLS_CERT_ALTNAME_INVALID",
      "TLS",
      "TLS with db.internal:4000 failed (ERR_TLS_CERT_ALTNAME_INVALID): check the CA and the server's certificate",
    ],
    ["ER_PARSE_ERROR", "QUERY_FAILED", "db.internal:4000 refused a query (ER_PARSE_ERROR)"],
    [undefined, "QUERY_FAILED", "db.internal:4000 refused a query"],
  ])("%s is %s: %s", (code, reason, message) => {
    const err = engineError(driverError(code), target);
    expect(err).toBeInstanceOf(EngineError);
    expect(err.reason).toBe(reason);
    expect(err.message).toBe(message);
    expect(err.driverCode).toBe(code);
  });

  test("a refusal of plain connections under a generic code is still a TLS failure", () => {
    const err = engineError(
      driverError(
        "ER_UNKNOWN_ERROR",
        "Connections using insecure transport are prohibited while --require_secure_transport=ON.",
      ),
      target,
    );
    expect(err.reason).toBe("TLS");
  });

  test("no message ever carries the password or the driver's text", () => {
    for (const code of ["ER_ACCESS_DENIED_ERROR", "ECONNREFUSED", "ER_PARSE_ERROR", "EPROTO", undefined]) {
      const message = engineError(driverError(code), target).message;
      expect(message).not.toContain(target.password);
      expect(message).not.toContain("driver text");
    }
  });

  test("an EngineError passes through unchanged", () => {
    const original = new EngineError("TIMEOUT", "already ours");
    expect(engineError(original, target)).toBe(original);
  });
});
