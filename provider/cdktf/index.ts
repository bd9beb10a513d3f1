// Tidemark for CDKTF: the constructs, and the generated bindings they are made of.
export * from "./constructs";
export * as tidemark from "./bindings/tidemark";
export * as tidbcloud from "./bindings/tidbcloud";
