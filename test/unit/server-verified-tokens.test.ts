import crypto from "node:crypto";
import { issueToken, VerifiedTokens } from "../../server/auth/tokens";

const key = crypto.randomBytes(32);
const claims = { subject: "serviceAccounts/ci", keyId: "0123456789abcdef" };

afterEach(() => {
  jest.useRealTimers();
});

test("a valid token's claims are returned, and again from memory", () => {
  const tokens = new VerifiedTokens(key);
  const { token } = issueToken(key, claims);
  expect(tokens.verify(token)).toEqual(claims);
  expect(tokens.verify(token)).toEqual(claims);
  expect(tokens.size).toBe(1);
});

test("a token signed with another key, a tampered one and garbage are refused and not kept", () => {
  const tokens = new VerifiedTokens(key);
  const forged = issueToken(crypto.randomBytes(32), claims).token;
  const [header, , signature] = issueToken(key, claims).token.split(".");
  const payload = Buffer.from(JSON.stringify({ sub: "serviceAccounts/admin", kid: "x", iss: "tidemark" })).toString(
    "base64url",
  );
  for (const token of [forged, `${header}.${payload}.${signature}`, "not.a.jwt"]) {
    expect(tokens.verify(token)).toBeNull();
    expect(tokens.verify(token)).toBeNull();
  }
  expect(tokens.size).toBe(0);
});

test("a kept token stops being valid the second it expires, as an unkept one does", () => {
  jest.useFakeTimers({ now: 1_000_000_000_000 });
  const tokens = new VerifiedTokens(key);
  const { token } = issueToken(key, claims, 60);
  expect(tokens.verify(token)).toEqual(claims);
  jest.setSystemTime(1_000_000_000_000 + 59_999);
  expect(tokens.verify(token)).toEqual(claims);
  jest.setSystemTime(1_000_000_000_000 + 60_000);
  expect(tokens.verify(token)).toBeNull();
  expect(new VerifiedTokens(key).verify(token)).toBeNull();
  expect(tokens.size).toBe(0);
});

test("past its capacity the least recently used token is dropped (and verified afresh when seen again)", () => {
  const tokens = new VerifiedTokens(key, 2);
  const tokenOf = (id: string): string => issueToken(key, { ...claims, subject: `serviceAccounts/${id}` }).token;
  const [a, b, c] = [tokenOf("a"), tokenOf("b"), tokenOf("c")];
  tokens.verify(a);
  tokens.verify(b);
  tokens.verify(a);
  tokens.verify(c);
  expect(tokens.size).toBe(2);
  const verify = jest.spyOn(crypto, "createHmac");
  expect(tokens.verify(a)?.subject).toBe("serviceAccounts/a");
  expect(tokens.verify(c)?.subject).toBe("serviceAccounts/c");
  expect(verify).not.toHaveBeenCalled();
  expect(tokens.verify(b)?.subject).toBe("serviceAccounts/b");
  expect(verify).toHaveBeenCalled();
  verify.mockRestore();
});
