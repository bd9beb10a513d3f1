import { seal, unseal } from "../auth/seal";
import type { ServerContext } from "../context";
import type { ConnectionTarget } from "../engine/connection";
import { ApiError } from "../http/errors";
import type { Instance as InstanceRow } from "../store/generated/sqlite/client";
import { isArrayOf, isBoolean, isNumber, isOneOf, isOptional, isShaped, isString, readJson } from "../store/json";
import { INSTANCE_DATA_SOURCE_TYPE_VALUES, type InstanceDataSourceType } from "../../schema/generated/types";

export type DataSourceType = InstanceDataSourceType;

interface TlsSettings {
  enabled?: boolean;
  verifyServerCertificate?: boolean;
  ca?: string;
  cert?: string;
  key?: string;
}

/** A data source as the API shows it: no secrets. */
export interface DataSource {
  type: DataSourceType;
  host: string;
  port: number;
  username: string;
  database?: string;
  tls?: Omit<TlsSettings, "key">;
}

/** A data source as the API accepts it. */
export interface DataSourceInput extends DataSource {
  password?: string;
  tls?: TlsSettings;
}

/** A data source as the store keeps it: secrets sealed with the server's key. */
export interface StoredDataSource extends DataSource {
  sealedPassword?: string;
  sealedTlsKey?: string;
}

const isStoredTls = isShaped<Omit<TlsSettings, "key">>({
  enabled: isOptional(isBoolean),
  verifyServerCertificate: isOptional(isBoolean),
  ca: isOptional(isString),
  cert: isOptional(isString),
});

const isStoredDataSource = isShaped<StoredDataSource>({
  type: isOneOf(INSTANCE_DATA_SOURCE_TYPE_VALUES),
  host: isString,
  port: isNumber,
  username: isString,
  database: isOptional(isString),
  tls: isOptional(isStoredTls),
  sealedPassword: isOptional(isString),
  sealedTlsKey: isOptional(isString),
});

/** An instance's data sources as sealDataSources stored them. */
export function storedDataSources(row: InstanceRow): StoredDataSource[] {
  return readJson(row.dataSources, isArrayOf(isStoredDataSource), "Instance.dataSources");
}

export function publicDataSource(ds: StoredDataSource): DataSource {
  const { sealedPassword: _p, sealedTlsKey: _k, ...rest } = ds;
  return rest;
}

/**
 * Seals the secrets of incoming data sources. A data source sent without a password keeps the
 * one stored for the same type: clients (Terraform among them) cannot read passwords back, so
 * they must be able to update a host without re-sending one.
 */
export function sealDataSources(
  ctx: ServerContext,
  input: DataSourceInput[],
  previous: StoredDataSource[],
): StoredDataSource[] {
  return input.map((ds) => {
    const before = previous.find((p) => p.type === ds.type);
    const { password, tls, ...rest } = ds;
    const out: StoredDataSource = { ...rest };
    if (tls) {
      const { key, ...publicTls } = tls;
      out.tls = publicTls;
      if (key !== undefined) {
        if (key !== "") out.sealedTlsKey = seal(ctx.keys.sealKey, key);
      } else if (before?.sealedTlsKey) {
        out.sealedTlsKey = before.sealedTlsKey;
      }
    }
    if (password !== undefined) {
      if (password !== "") out.sealedPassword = seal(ctx.keys.sealKey, password);
    } else if (before?.sealedPassword) {
      out.sealedPassword = before.sealedPassword;
    }
    return out;
  });
}

/** Where to connect for a data source, with its secrets opened. Never logged. */
export function connectionTarget(ctx: ServerContext, ds: StoredDataSource): ConnectionTarget {
  return {
    host: ds.host,
    port: ds.port,
    username: ds.username,
    ...(ds.sealedPassword ? { password: unseal(ctx.keys.sealKey, ds.sealedPassword) } : {}),
    ...(ds.database ? { database: ds.database } : {}),
    ...(ds.tls
      ? { tls: { ...ds.tls, ...(ds.sealedTlsKey ? { key: unseal(ctx.keys.sealKey, ds.sealedTlsKey) } : {}) } }
      : {}),
  };
}

/** The ADMIN data source of an instance: the one sync and changes use. */
export function adminTarget(ctx: ServerContext, row: InstanceRow): ConnectionTarget {
  const admin = storedDataSources(row).find((d) => d.type === "ADMIN");
  if (!admin) throw new Error(`instance ${row.id} has no ADMIN data source`);
  return connectionTarget(ctx, admin);
}

/** Rules the JSON Schema cannot say: exactly one ADMIN, at most one READ_ONLY. */
export function checkDataSourceTypes(dataSources: DataSourceInput[]): void {
  const admins = dataSources.filter((d) => d.type === "ADMIN").length;
  if (admins !== 1) {
    throw ApiError.invalid("dataSources", `must hold exactly one ADMIN data source, not ${admins}`);
  }
  const readOnly = dataSources.filter((d) => d.type === "READ_ONLY").length;
  if (readOnly > 1) throw ApiError.invalid("dataSources", "may hold at most one READ_ONLY data source");
}
