// The protocol layer in-process: handshake rules, the certificate, protobuf field numbers
// (bytes written by hand from the tfplugin6 field numbers), and how the service turns a
// provider's answers and failures into responses.

import { X509Certificate, createPrivateKey } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { createServerIdentity } from "../../provider/protocol/certificate";
import { CtyType, Value, unknown } from "../../provider/protocol/cty";
import { decodeMsgpack, encodeMsgpack } from "../../provider/protocol/cty-msgpack";
import {
  HandshakeError,
  MAGIC_COOKIE_VALUE,
  checkMagicCookie,
  handshakeLine,
  negotiateProtocolVersion,
} from "../../provider/protocol/handshake";
import { Provider, warning } from "../../provider/protocol/provider";
import { ProviderService, schemaMessage } from "../../provider/protocol/rpc";
import { Schema, impliedType } from "../../provider/protocol/schema";
import { DynamicValueMessage, loadServices } from "../../provider/protocol/wire";
import { fixtureProvider } from "./provider-fixture";

describe("handshake", () => {
  test("refuses to start unless Terraform's magic cookie is set", () => {
    expect(() => checkMagicCookie({})).toThrow(HandshakeError);
    expect(() => checkMagicCookie({ TF_PLUGIN_MAGIC_COOKIE: "nope" })).toThrow("not meant to be run directly");
    expect(() => checkMagicCookie({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE })).not.toThrow();
  });

  test("answers protocol 6 whatever the order Terraform lists versions in", () => {
    expect(negotiateProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: "5,6" })).toBe(6);
    expect(negotiateProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: "6,5" })).toBe(6);
    expect(negotiateProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: " 4 , 6 " })).toBe(6);
    expect(negotiateProtocolVersion({})).toBe(6);
  });

  test("fails clearly when Terraform does not offer protocol 6", () => {
    expect(() => negotiateProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: "4,5" })).toThrow(
      "speaks Terraform plugin protocol 6, but this Terraform offers only 4, 5",
    );
  });

  test("writes six fields with the certificate in standard base64 without padding", () => {
    const line = handshakeLine("/tmp/plugin1/plugin.sock", Uint8Array.from([0xfb, 0xff, 0x01, 0x02]));
    expect(line).toBe("1|6|unix|/tmp/plugin1/plugin.sock|grpc|+/8BAg"); // base64 "+/8BAg==", std alphabet
    expect(line.split("|")).toHaveLength(6);
    expect(handshakeLine("/s")).toBe("1|6|unix|/s|grpc|");
  });
});

describe("server certificate", () => {
  test("is a fresh self-signed ECDSA P-256 certificate for DNS:localhost", () => {
    const identity = createServerIdentity();
    const certificate = new X509Certificate(identity.der);
    expect(certificate.subjectAltName).toBe("DNS:localhost");
    expect(certificate.checkHost("localhost")).toBe("localhost");
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.checkPrivateKey(createPrivateKey(identity.privateKeyPem))).toBe(true);
    expect(certificate.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(certificate.ca).toBe(true); // Terraform trusts it as its own root
    expect(certificate.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
    expect(new X509Certificate(createServerIdentity().der).serialNumber).not.toBe(certificate.serialNumber);
  });
});

describe("protobuf messages", () => {
  const provider = loadServices().provider;

  test("decode a PlanResourceChange request by tfplugin6 field numbers", () => {
    const state = encodeMsgpack({ text: "x" }, ["object", { text: "string" }]); // 81 a4 text a1 78
    const dynamic = Buffer.concat([Buffer.from([0x0a, state.length]), state]); // DynamicValue.msgpack = 1
    const bytes = Buffer.concat([
      Buffer.from([0x0a, 0x01, 0x74]), // type_name = 1: "t"
      Buffer.from([0x1a, dynamic.length]), // proposed_new_state = 3
      dynamic,
      Buffer.from([0x2a, 0x02, 0x70, 0x71]), // prior_private = 5: "pq"
      Buffer.from([0x3a, 0x02, 0x10, 0x01]), // client_capabilities = 7 { write_only_attributes_allowed = 2: true }
    ]);
    const request = provider.PlanResourceChange.requestDeserialize(bytes);
    expect(request.type_name).toBe("t");
    expect(Buffer.from(request.proposed_new_state.msgpack)).toEqual(Buffer.from(state));
    expect(request.prior_state).toBeNull();
    expect(Buffer.from(request.prior_private).toString()).toBe("pq");
    expect(request.client_capabilities).toEqual({ deferral_allowed: false, write_only_attributes_allowed: true });
  });

  test("encode diagnostics with attribute paths by tfplugin6 field numbers", () => {
    const bytes = provider.ValidateResourceConfig.responseSerialize({
      diagnostics: [
        {
          severity: 1,
          summary: "s",
          detail: "d",
          attribute: { steps: [{ attribute_name: "a" }, { element_key_int: 2 }, { element_key_string: "k" }] },
        },
      ],
    });
    // Response.diagnostics = 1 { severity = 1, summary = 2, detail = 3, attribute = 4 { steps = 1 {...} } }
    const steps = "0a 03 0a 01 61" + "0a 02 18 02" + "0a 03 12 01 6b"; // attribute_name = 1, element_key_int = 3, element_key_string = 2
    const diagnostic = "08 01 12 01 73 1a 01 64 22 0e" + steps; // 24 bytes
    expect(Buffer.from(bytes).toString("hex")).toBe(("0a 18" + diagnostic).replace(/ /g, ""));
  });
});

describe("schemas", () => {
  const schema: Schema = {
    version: 2,
    block: {
      attributes: {
        name: { type: "string", required: true },
        password: { type: "string", optional: true, sensitive: true, writeOnly: true },
        endpoint: { nested: { nesting: "single", attributes: { host: { type: "string", computed: true } } } },
        replicas: { nested: { nesting: "set", attributes: { zone: { type: "string", optional: true } } } },
      },
      blocks: {
        timeouts: { nesting: "single", block: { attributes: { create: { type: "string", optional: true } } } },
        options: { nesting: "group", block: { attributes: { tls: { type: "bool", optional: true } } } },
        rule: { nesting: "list", maxItems: 3, block: { attributes: { port: { type: "number", required: true } } } },
        label: { nesting: "map", block: { attributes: { value: { type: "string", required: true } } } },
        extra: { nesting: "list", block: { attributes: { any: { type: "dynamic", optional: true } } } },
      },
    },
  };

  test("imply the object type Terraform encodes values with", () => {
    expect(impliedType(schema.block)).toEqual([
      "object",
      {
        name: "string",
        password: "string",
        endpoint: ["object", { host: "string" }],
        replicas: ["set", ["object", { zone: "string" }]],
        timeouts: ["object", { create: "string" }],
        options: ["object", { tls: "bool" }],
        rule: ["list", ["object", { port: "number" }]],
        label: ["map", ["object", { value: "string" }]],
        extra: "dynamic", // blocks with dynamic attributes may differ in type: a tuple, not a list
      },
    ]);
  });

  test("become Schema messages with nesting modes, limits and write-only flags", () => {
    const message = schemaMessage(schema);
    expect(message.version).toBe(2);
    const attributes = Object.fromEntries(message.block.attributes.map((a) => [a.name, a]));
    expect(attributes.password).toMatchObject({ optional: true, sensitive: true, write_only: true });
    expect(attributes.replicas.nested_type).toMatchObject({
      nesting: 3,
      attributes: [{ name: "zone", optional: true }],
    });
    expect(attributes.replicas.type).toBeUndefined();
    const blocks = Object.fromEntries(message.block.block_types.map((b) => [b.type_name, b]));
    expect([blocks.timeouts.nesting, blocks.rule.nesting, blocks.label.nesting, blocks.options.nesting]).toEqual([
      1, 2, 4, 5,
    ]);
    expect(blocks.rule.max_items).toBe(3);
  });
});

const noteType = impliedType(fixtureProvider.getSchema().resources.fixture_note.block);

function dynamic(value: Value, type: CtyType = noteType): DynamicValueMessage {
  return { msgpack: encodeMsgpack(value, type) };
}

function planRequest(proposed: Value, typeName = "fixture_note") {
  return {
    type_name: typeName,
    prior_state: dynamic(null),
    proposed_new_state: dynamic(proposed),
    config: dynamic(proposed),
    prior_private: Buffer.alloc(0),
    provider_meta: null,
    client_capabilities: null,
  };
}

function applyRequest(planned: Value) {
  return {
    type_name: "fixture_note",
    prior_state: dynamic(null),
    planned_state: dynamic(planned),
    config: dynamic(planned),
    planned_private: Buffer.alloc(0),
    provider_meta: null,
  };
}

const note = { id: null, text: "hi", size: null, tags: null };

describe("provider service", () => {
  test("declares schemas with JSON type expressions and asks Terraform for no schema call first", async () => {
    const response = await new ProviderService(fixtureProvider).getProviderSchema();
    const attributes = response.resource_schemas.fixture_note.block.attributes;
    expect(attributes.map((a) => [a.name, Buffer.from(a.type!).toString()])).toEqual([
      ["id", '"string"'],
      ["text", '"string"'],
      ["size", '"number"'],
      ["tags", '["map","string"]'],
    ]);
    expect(attributes[0].computed).toBe(true);
    expect(response.provider?.block.attributes[0].description).toBe("Prefix for ids.");
    expect(response.server_capabilities).toEqual({ plan_destroy: false, get_provider_schema_optional: true });
    expect(response.diagnostics).toEqual([]);
  });

  test("turns the provider's diagnostics and attribute paths into protocol diagnostics", async () => {
    const response = await new ProviderService(fixtureProvider).validateResourceConfig({
      type_name: "fixture_note",
      config: dynamic({ ...note, text: " " }),
      client_capabilities: null,
    });
    expect(response.diagnostics).toEqual([
      {
        severity: 1,
        summary: "Empty text",
        detail: "Give the note some text.",
        attribute: { steps: [{ attribute_name: "text" }] },
      },
    ]);
  });

  test("passes decoded values to the provider and encodes its answer", async () => {
    const response = await new ProviderService(fixtureProvider).planResourceChange(planRequest(note));
    expect(decodeMsgpack(response.planned_state!.msgpack!, noteType)).toEqual({ ...note, id: unknown });
    expect(response.diagnostics).toEqual([]);
  });

  test("answers an exception with an error diagnostic, keeping the stack for the log only", async () => {
    const logged: string[] = [];
    const failing: Provider = {
      ...fixtureProvider,
      planResourceChange() {
        throw new Error("boom");
      },
    };
    const response = await new ProviderService(failing, (m) => logged.push(m)).planResourceChange(planRequest(note));
    expect(response.diagnostics).toEqual([
      {
        severity: 1,
        summary: "Unexpected provider error",
        detail: "PlanResourceChange failed: boom",
        attribute: undefined,
      },
    ]);
    expect(response.planned_state).toBeUndefined();
    expect(logged.join("\n")).toMatch(/boom\n\s+at /);
  });

  test("names the attribute when the provider answers a value that does not fit the schema", async () => {
    const wrong: Provider = {
      ...fixtureProvider,
      planResourceChange: () => ({ plannedState: { ...note, size: "big" } }),
    };
    const response = await new ProviderService(wrong).planResourceChange(planRequest(note));
    expect(response.diagnostics[0]).toMatchObject({
      severity: 1,
      summary: "Provider produced an invalid value",
      attribute: { steps: [{ attribute_name: "size" }] },
    });
  });

  test("rejects unknown type names and unreadable values with words for the user", async () => {
    const service = new ProviderService(fixtureProvider);
    const unknownType = await service.planResourceChange(planRequest(note, "fixture_nope"));
    expect(unknownType.diagnostics[0]).toMatchObject({
      summary: "Unsupported resource type",
      detail: 'This provider has no resource type "fixture_nope".',
    });
    const garbage = await service.planResourceChange({
      ...planRequest(note),
      config: { msgpack: Buffer.from([0x81, 0xa1, 0x78, 0x01]) },
    });
    expect(garbage.diagnostics[0]).toMatchObject({
      summary: "Invalid value from Terraform",
      detail: "The config could not be read: no such attribute in the schema",
      attribute: { steps: [{ attribute_name: "x" }] },
    });
  });

  test("carries warnings next to a successful answer", async () => {
    const warns: Provider = {
      ...fixtureProvider,
      readDataSource: () => ({ state: { input: "a", output: "A" }, diagnostics: [warning("Old", "Use the new one.")] }),
    };
    const type = impliedType(fixtureProvider.getSchema().dataSources.fixture_echo.block);
    const response = await new ProviderService(warns).readDataSource({
      type_name: "fixture_echo",
      config: dynamic({ input: "a", output: null }, type),
      provider_meta: null,
      client_capabilities: null,
    });
    expect(decodeMsgpack(response.state!.msgpack!, type)).toEqual({ input: "a", output: "A" });
    expect(response.diagnostics).toEqual([
      { severity: 2, summary: "Old", detail: "Use the new one.", attribute: undefined },
    ]);
  });

  test("StopProvider aborts calls in flight; calls after it run normally", async () => {
    const seen: AbortSignal[] = [];
    const waiting: Provider = {
      ...fixtureProvider,
      async applyResourceChange(_request, { signal }) {
        seen.push(signal);
        await sleep(60_000, undefined, { signal });
        return { newState: null };
      },
    };
    const service = new ProviderService(waiting);
    const inFlight = service.applyResourceChange(applyRequest({ ...note, id: unknown }));
    await sleep(10);
    expect(service.stopProvider()).toEqual({ Error: "" });
    const response = await inFlight;
    expect(response.diagnostics).toEqual([
      expect.objectContaining({
        summary: "Operation cancelled",
        detail: expect.stringContaining("asked the provider to stop"),
      }),
    ]);
    void service.applyResourceChange(applyRequest({ ...note, id: unknown }));
    await sleep(10);
    expect(seen[1].aborted).toBe(false);
    service.stopProvider();
  });

  test("aborts a call Terraform drops", async () => {
    let aborted = false;
    const waiting: Provider = {
      ...fixtureProvider,
      async applyResourceChange(_request, { signal }) {
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener("abort", resolve));
        aborted = true;
        return { newState: null };
      },
    };
    const dropped = new AbortController();
    const answer = new ProviderService(waiting).applyResourceChange(applyRequest(note), dropped.signal);
    dropped.abort();
    await answer;
    expect(aborted).toBe(true);
  });

  test("reads stored JSON state of the current schema version by default", async () => {
    const service = new ProviderService(fixtureProvider);
    const json = Buffer.from('{"id":"n1","text":"hi","size":9007199254740993,"tags":null,"gone":true}');
    const response = await service.upgradeResourceState({
      type_name: "fixture_note",
      version: 0,
      raw_state: { json, flatmap: {} },
    });
    expect(response.diagnostics).toEqual([]);
    expect(decodeMsgpack(response.upgraded_state!.msgpack!, noteType)).toEqual({
      id: "n1",
      text: "hi",
      size: 9007199254740993n,
      tags: null,
    });
    const newer = await service.upgradeResourceState({
      type_name: "fixture_note",
      version: 3,
      raw_state: { json, flatmap: {} },
    });
    expect(newer.diagnostics[0]).toMatchObject({ summary: "Unsupported state version" });
  });

  test("defaults: read keeps the state, plan keeps the proposal, apply and import refuse", async () => {
    const bare: Provider = { getSchema: fixtureProvider.getSchema };
    const service = new ProviderService(bare);
    const read = await service.readResource({
      type_name: "fixture_note",
      current_state: dynamic(note),
      private: Buffer.from("p"),
      provider_meta: null,
      client_capabilities: null,
    });
    expect(decodeMsgpack(read.new_state!.msgpack!, noteType)).toEqual(note);
    expect(Buffer.from(read.private!).toString()).toBe("p");
    const plan = await service.planResourceChange(planRequest(note));
    expect(decodeMsgpack(plan.planned_state!.msgpack!, noteType)).toEqual(note);
    expect((await service.applyResourceChange(applyRequest(note))).diagnostics[0].summary).toBe("Apply not supported");
    const imported = await service.importResourceState({
      type_name: "fixture_note",
      id: "x",
      client_capabilities: null,
    });
    expect(imported.diagnostics[0].summary).toBe("Import not supported");
  });

  test("reports a schema that cannot be built as a diagnostic", async () => {
    const broken: Provider = {
      getSchema() {
        throw new Error("schema/resources/x.json is missing");
      },
    };
    const response = await new ProviderService(broken, () => {}).getProviderSchema();
    expect(response.diagnostics).toEqual([expect.objectContaining({ summary: "Unexpected provider error" })]);
  });
});
