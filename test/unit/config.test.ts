import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../core/config.js";

describe("loadConfig", () => {
  it("gives the documented defaults for an empty environment", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.localNeo4j.port).toBe(7687);
    expect(config.localNeo4j.dataDir).toMatch(/\.data\/neo4j$/);
    expect(config.localNeo4j.auth).toBe(false);
    expect(config.testMayWipeNeo4jUri).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("rejects a PORT that is not a port number, naming the variable and the value", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT="70000".*1-65535/);
  });

  it("rejects a NEO4J_URI that is not a Bolt or Neo4j URI", () => {
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI="http:\/\/localhost:7474"/);
    expect(() => loadConfig({ NEO4J_URI: "not a uri" })).toThrow(ConfigError);
  });

  it("accepts routing and TLS URIs for clusters and Aura", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }).neo4j.uri).toBe(
      "neo4j+s://abc.databases.neo4j.io",
    );
    expect(loadConfig({ NEO4J_URI: "bolt://db:7687" }).neo4j.uri).toBe("bolt://db:7687");
  });

  it("rejects memory sizes Neo4j would not understand", () => {
    expect(() => loadConfig({ NEO4J_HEAP: "lots" })).toThrow(/NEO4J_HEAP="lots"/);
  });

  it("limits network answers to NETWORK_MAX_ELEMENTS nodes and relationships, 5,000 unless set", () => {
    expect(loadConfig({}).network.maxElements).toBe(5000);
    expect(loadConfig({ NETWORK_MAX_ELEMENTS: "250" }).network.maxElements).toBe(250);
    for (const bad of ["0", "-5", "1.5", "lots"]) {
      expect(() => loadConfig({ NETWORK_MAX_ELEMENTS: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ NETWORK_MAX_ELEMENTS: bad }), bad).toThrow(
        new RegExp(`NETWORK_MAX_ELEMENTS="${bad}".*whole number`),
      );
    }
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", NEO4J_URI: "" }).port).toBe(4000);
  });

  it("reads CORS_ORIGINS as a list of origins, and refuses one with a path or no scheme", () => {
    expect(loadConfig({ CORS_ORIGINS: "https://a.example.org, http://localhost:5173" }).graphql.corsOrigins).toEqual([
      "https://a.example.org",
      "http://localhost:5173",
    ]);
    for (const bad of ["a.example.org", "https://a.example.org/app", "ftp://a.example.org"])
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS=.*origins such as/);
  });
});
