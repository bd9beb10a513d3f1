export * from "./change-managed-project";
export * from "./existing-cluster-enrollment";
export * from "./tidb-cloud-enrolled-cluster";
