// The expected bytes below are written by hand from the msgpack specification and the cty wire
// format (Terraform's docs/plugin-protocol/object-wire-format.md and go-cty's msgpack
// package): cty writes ints in the smallest format (uints for non-negative values), float64
// only when a number is exactly one and not an int64, decimal text otherwise, object
// attributes sorted, and an unknown as fixext1 type 0 with one zero byte.

import { decodeJson } from "../../provider/protocol/cty-json";
import { decodeMsgpack, encodeMsgpack } from "../../provider/protocol/cty-msgpack";
import {
  CtyType,
  CtyValueError,
  Decimal,
  Typed,
  Unknown,
  Value,
  float,
  formatPath,
  parseNumber,
  parseType,
  typeJson,
  unknown,
} from "../../provider/protocol/cty";

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function bytes(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ""), "hex"));
}

function ascii(text: string): string {
  return Buffer.from(text, "utf8").toString("hex");
}

function decimal(text: string): Decimal {
  const value = parseNumber(text);
  if (!(value instanceof Decimal)) throw new Error(`${text} is not a decimal`);
  return value;
}

// Each row: a value of a type, and the bytes cty writes for it. Encoding must produce exactly
// these bytes and decoding them must give the value back.
const vectors: [string, CtyType, Value, string][] = [
  ["null string", "string", null, "c0"],
  ["unknown string", "string", unknown, "d4 00 00"],
  ["short string as fixstr", "string", "hello", "a5" + ascii("hello")],
  ["40-byte string as str8", "string", "x".repeat(40), "d9 28" + ascii("x".repeat(40))],
  ["UTF-8 string, length in bytes", "string", "é", "a2 c3 a9"],
  ["true", "bool", true, "c3"],
  ["false", "bool", false, "c2"],
  ["zero", "number", 0, "00"],
  ["127 as positive fixint", "number", 127, "7f"],
  ["128 as uint8", "number", 128, "cc 80"],
  ["256 as uint16", "number", 256, "cd 01 00"],
  ["65536 as uint32", "number", 65536, "ce 00 01 00 00"],
  ["2^32 as uint64", "number", 4294967296, "cf 00 00 00 01 00 00 00 00"],
  ["-1 as negative fixint", "number", -1, "ff"],
  ["-32 as negative fixint", "number", -32, "e0"],
  ["-33 as int8", "number", -33, "d0 df"],
  ["-129 as int16", "number", -129, "d1 ff 7f"],
  ["-2^31 as int32", "number", -2147483648, "d2 80 00 00 00"],
  ["-2^31-1 as int64", "number", -2147483649, "d3 ff ff ff ff 7f ff ff ff"],
  ["2^53+1 as uint64, kept exact", "number", 9007199254740993n, "cf 00 20 00 00 00 00 00 01"],
  ["-(2^53+1) as int64", "number", -9007199254740993n, "d3 ff df ff ff ff ff ff ff"],
  ["2^64, not an int64 but exactly a float64", "number", 18446744073709551616n, "cb 43 f0 00 00 00 00 00 00"],
  [
    "an integer beyond float64 as decimal text",
    "number",
    12345678901234567890123n,
    "b7" + ascii("12345678901234567890123"),
  ],
  ["1.5 as float64", "number", 1.5, "cb 3f f8 00 00 00 00 00 00"],
  ["-0.25 as float64", "number", -0.25, "cb bf d0 00 00 00 00 00 00"],
  ["0.1, not exactly a float64, as decimal text", "number", decimal("0.1"), "a3" + ascii("0.1")],
  ["positive infinity as float64", "number", Infinity, "cb 7f f0 00 00 00 00 00 00"],
  ["list of strings", ["list", "string"], ["a", "b"], "92 a1 61 a1 62"],
  ["empty list", ["list", "string"], [], "90"],
  ["set of numbers", ["set", "number"], [1, 2], "92 01 02"],
  ["map with keys sorted", ["map", "string"], { b: "x", a: "y" }, "82 a1 61 a1 79 a1 62 a1 78"],
  [
    "object with every attribute, sorted, nil where null",
    ["object", { tls: "bool", port: "number", name: "string" }],
    { name: "db", port: 3306, tls: null },
    "83 a4" + ascii("name") + "a2" + ascii("db") + "a4" + ascii("port") + "cd 0c ea a3" + ascii("tls") + "c0",
  ],
  [
    "object with an unknown attribute",
    ["object", { id: "string", name: "string" }],
    { id: unknown, name: "x" },
    "82 a2" + ascii("id") + "d4 00 00 a4" + ascii("name") + "a1 78",
  ],
  ["tuple", ["tuple", ["string", "number"]], ["x", 1], "92 a1 78 01"],
  ["list of 16 elements as array16", ["list", "bool"], Array(16).fill(true), "dc 00 10" + "c3".repeat(16)],
  [
    "dynamic string: [type JSON as bin, value]",
    "dynamic",
    new Typed("string", "hi"),
    "92 c4 08" + ascii('"string"') + "a2 68 69",
  ],
  [
    "dynamic list",
    "dynamic",
    new Typed(["list", "string"], ["a"]),
    "92 c4 11" + ascii('["list","string"]') + "91 a1 61",
  ],
  ["dynamic null", "dynamic", null, "c0"],
  ["dynamic unknown", "dynamic", unknown, "d4 00 00"],
  ["refined unknown (not null) kept as sent", "string", new Unknown(bytes("81 01 c2")), "c7 03 0c 81 01 c2"],
];

describe("cty msgpack", () => {
  test.each(vectors)("encodes %s as cty does", (_name, type, value, expected) => {
    expect(hex(encodeMsgpack(value, type))).toBe(expected.replace(/\s+/g, ""));
  });

  test.each(vectors)("decodes %s", (_name, type, value, encoded) => {
    expect(decodeMsgpack(bytes(encoded), type)).toEqual(value);
  });

  test("decodes any extension as unknown, whatever its type code or payload", () => {
    expect(decodeMsgpack(bytes("d4 05 01"), "string")).toEqual(unknown); // fixext1, type 5
    expect(decodeMsgpack(bytes("d6 ff 00 00 00 00"), "number")).toEqual(unknown); // msgpack timestamp
    expect(decodeMsgpack(bytes("c7 00 00"), ["list", "string"])).toEqual(unknown); // ext8, empty
    const refined = decodeMsgpack(bytes("c7 07 0c 82 01 c2 02 a2 61 62"), "string"); // not null, prefix "ab"
    expect(refined).toBeInstanceOf(Unknown);
    expect(decodeMsgpack(bytes("c7 03 0c 81 01 c2"), "dynamic")).toEqual(unknown); // dynamic drops refinements
  });

  test("decodes every number format cty may send without losing digits", () => {
    expect(decodeMsgpack(bytes("cf ff ff ff ff ff ff ff ff"), "number")).toBe(18446744073709551615n);
    expect(decodeMsgpack(bytes("cf 00 00 00 00 00 00 00 05"), "number")).toBe(5); // small uint64 is a plain number
    expect(decodeMsgpack(bytes("d3 ff ff ff ff ff ff ff fb"), "number")).toBe(-5);
    expect(decodeMsgpack(bytes("cb 40 14 00 00 00 00 00 00"), "number")).toBe(5); // 5.0
    expect(decodeMsgpack(bytes("ca 3f c0 00 00"), "number")).toBe(1.5); // float32
    expect(decodeMsgpack(bytes("cb 3f b9 99 99 99 99 99 9a"), "number")).toBe(0.1); // the float64 nearest 0.1
    expect(decodeMsgpack(bytes("a3" + ascii("1e3")), "number")).toBe(1000);
    expect(decodeMsgpack(bytes("a7" + ascii("123.450")), "number")).toEqual(decimal("123.45"));
    expect(decodeMsgpack(bytes("b5" + ascii("-98765432109876543210")), "number")).toBe(-98765432109876543210n);
  });

  test("decodes a string sent as bin", () => {
    expect(decodeMsgpack(bytes("c4 02 68 69"), "string")).toBe("hi");
  });

  test("fills attributes missing from an object with null, in both directions", () => {
    const type: CtyType = ["object", { a: "string", b: "string" }];
    expect(hex(encodeMsgpack({ a: "x" }, type))).toBe("82a161a178a162c0");
    expect(decodeMsgpack(bytes("81 a1 61 a1 78"), type)).toEqual({ a: "x", b: null });
  });

  test("nested blocks: a list of objects inside an object", () => {
    const type: CtyType = ["object", { rule: ["list", ["object", { port: "number" }]] }];
    const value = { rule: [{ port: 22 }, { port: 443 }] };
    const expected = "81 a4" + ascii("rule") + "92 81 a4" + ascii("port") + "16 81 a4" + ascii("port") + "cd 01 bb";
    expect(hex(encodeMsgpack(value, type))).toBe(expected.replace(/\s+/g, ""));
    expect(decodeMsgpack(bytes(expected), type)).toEqual(value);
  });

  test("a plain value in a dynamic attribute is written with the type it implies", () => {
    expect(hex(encodeMsgpack(["a", true], "dynamic"))).toBe(
      ("92 c4 1b" + ascii('["tuple",["string","bool"]]') + "92 a1 61 c3").replace(/\s+/g, ""),
    );
  });

  test("names the path of a value that does not fit its type", () => {
    const type: CtyType = ["object", { sources: ["list", ["object", { port: "number" }]] }];
    const decoding = () =>
      decodeMsgpack(
        bytes("81 a7" + ascii("sources") + "92 81 a4" + ascii("port") + "01 81 a4" + ascii("port") + "a1 78"),
        type,
      );
    expect(decoding).toThrow(CtyValueError);
    expect(decoding).toThrow("sources[1].port: not a number");
    expect(() => encodeMsgpack({ name: "x" }, ["object", {}])).toThrow("name: no such attribute in the schema");
    expect(() => encodeMsgpack({ labels: { env: 1 } }, ["object", { labels: ["map", "string"] }])).toThrow(
      'labels["env"]: expected a string, got a number',
    );
    expect(() => decodeMsgpack(bytes("c1"), "string")).toThrow("malformed msgpack");
  });
});

describe("cty numbers", () => {
  test("have one canonical form each", () => {
    expect(parseNumber("42")).toBe(42);
    expect(parseNumber("-0.0")).toBe(0);
    expect(parseNumber("1.0")).toBe(1);
    expect(parseNumber("0.5")).toBe(0.5);
    expect(parseNumber("2.5e-1")).toBe(0.25);
    expect(parseNumber("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseNumber("9007199254740992")).toBe(9007199254740992n);
    expect(parseNumber("1e400")).toBe(10n ** 400n);
    expect(parseNumber("0.1")).toEqual(decimal("0.1"));
    expect(parseNumber("-00012.3400")).toEqual(decimal("-12.34"));
    expect(decimal("0.000001").text).toBe("0.000001");
    expect(float(-0)).toBe(0);
    expect(float(2 ** 60)).toBe(2n ** 60n);
    expect(() => parseNumber("1,5")).toThrow("not a number");
    expect(() => float(NaN)).toThrow("NaN");
  });
});

describe("cty types", () => {
  test("parse from schema JSON and write back with attributes sorted", () => {
    const type = parseType(["object", { b: ["set", "number"], a: ["tuple", ["bool", "dynamic"]] }]);
    expect(typeJson(type)).toBe('["object",{"a":["tuple",["bool","dynamic"]],"b":["set","number"]}]');
    expect(() => parseType(["list"])).toThrow("not a cty type");
    expect(() => parseType("int")).toThrow("not a cty type");
  });

  test("paths read as HCL", () => {
    expect(formatPath(["data_sources", 0, "host"])).toBe("data_sources[0].host");
    expect(formatPath(["labels", { key: "env" }])).toBe('labels["env"]');
  });
});

describe("cty JSON (stored state)", () => {
  const type: CtyType = [
    "object",
    {
      id: "string",
      size: "number",
      ratio: "number",
      enabled: "bool",
      labels: ["map", "string"],
      extra: "dynamic",
      rules: ["list", ["object", { port: "number" }]],
    },
  ];

  test("keeps numbers beyond 2^53 and decimals exact", () => {
    const state = `{"id":"a","size":9007199254740993,"ratio":0.1,"enabled":true,
      "labels":{"__proto__":"x"},"extra":{"value":["a"],"type":["list","string"]},"rules":[{"port":5432}]}`;
    const value = decodeJson(state, type);
    expect(value).toEqual({
      id: "a",
      size: 9007199254740993n,
      ratio: decimal("0.1"),
      enabled: true,
      labels: { ["__proto__"]: "x" },
      extra: new Typed(["list", "string"], ["a"]),
      rules: [{ port: 5432 }],
    });
    expect(Object.keys((value as { labels: object }).labels)).toEqual(["__proto__"]);
  });

  test("fills missing attributes with null and drops removed ones when asked", () => {
    const state = Buffer.from('{"id":"a","removed_in_v2":1}');
    expect(decodeJson(state, type, { ignoreUndefinedAttributes: true })).toEqual({
      id: "a",
      size: null,
      ratio: null,
      enabled: null,
      labels: null,
      extra: null,
      rules: null,
    });
    expect(() => decodeJson(state, type)).toThrow("removed_in_v2: no such attribute in the schema");
  });

  test("accepts the conversions cty's JSON decoder makes", () => {
    const value = decodeJson('{"id":42,"size":"12","enabled":"false"}', type, { ignoreUndefinedAttributes: true });
    expect(value).toMatchObject({ id: "42", size: 12, enabled: false });
  });

  test("rejects malformed JSON with the offset", () => {
    expect(() => decodeJson('{"id": }', type)).toThrow("malformed JSON at offset 7");
    expect(() => decodeJson('{"id":"a"} x', type)).toThrow("unexpected text");
  });
});
