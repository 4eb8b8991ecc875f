package org.thtgraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded with its Bolt connector (Neo4j Java Reference, "Bolt connector"), bound
 * to 127.0.0.1 only. Settings come from the environment, as read and validated by the Node side
 * (server/config.ts) which launches this program; defaults here are for running it by hand.
 *
 * <p>Exit codes: 0 clean stop, 2 bad setting, 3 port taken, 4 Neo4j failed to start.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (Runtime.version().feature() < 17) {
      fail(2, "Java " + Runtime.version() + " is too old: Neo4j 5.26 needs Java 17 or later.");
    }
    int port = intEnv("NEO4J_LOCAL_PORT", 7687);
    Path home = Path.of(env("NEO4J_LOCAL_DATA", ".data/neo4j")).toAbsolutePath();
    Path plugins = Path.of(env("NEO4J_LOCAL_PLUGINS", "target/plugins")).toAbsolutePath();
    boolean auth = Boolean.parseBoolean(env("NEO4J_LOCAL_AUTH", "false"));
    String password = env("NEO4J_PASSWORD", "");
    String pageCache = env("NEO4J_PAGECACHE", "512m");
    String txTimeout = env("NEO4J_TX_TIMEOUT", "30s");
    // LOAD CSV reads only below this directory (used by the benchmarks' floor); unset: no file access.
    String importDir = env("NEO4J_LOCAL_IMPORT", "");

    if (auth && password.length() < 8) {
      fail(2, "NEO4J_LOCAL_AUTH=true needs NEO4J_PASSWORD of at least 8 characters.");
    }
    ensurePortFree(port);

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(home);
      Files.createDirectories(plugins);
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
      if (!importDir.isEmpty()) {
        builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, Path.of(importDir).toAbsolutePath());
      } else {
        builder.setConfig(GraphDatabaseSettings.allow_file_urls, false);
      }
      dbms = builder
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, auth)
          .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          .setConfig(
              GraphDatabaseSettings.transaction_timeout,
              org.neo4j.configuration.SettingValueParsers.DURATION.parse(txTimeout))
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Bolt waits 5 s twice for idle pools on shutdown by default; Ctrl-C should be quick.
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .build();
    } catch (IOException | RuntimeException e) {
      fail(4, "Neo4j could not start in " + home + ": " + rootCause(e));
      return;
    }

    if (auth) {
      setInitialPassword(dbms, password);
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // A clean shutdown checkpoints the store, so the next start needs no recovery.
                  System.out.println("tht-graph neo4j: stopping");
                  dbms.shutdown();
                  System.out.println("tht-graph neo4j: stopped");
                  stopped.countDown();
                },
                "tht-graph-neo4j-shutdown"));

    if (List.of(args).contains("--exit-with-parent")) {
      exitWhenStdinCloses();
    }

    System.out.printf(
        "tht-graph neo4j ready: bolt://127.0.0.1:%d (Neo4j %s, APOC from %s, data %s, auth %s)%n",
        port, neo4jVersion(dbms), plugins, home, auth ? "on" : "off");
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The launcher keeps our stdin open; when it dies, even by SIGKILL, stdin reaches EOF and we
   * stop cleanly, so no orphaned java process holds the port or the store lock.
   */
  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // the launcher never writes; anything read is ignored
                }
              } catch (IOException ignored) {
                // a broken pipe means the same as EOF
              }
              System.out.println("tht-graph neo4j: launcher went away");
              System.exit(0);
            },
            "tht-graph-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void setInitialPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
        java.util.Map.of("password", password));
  }

  private static String neo4jVersion(DatabaseManagementService dbms) {
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    return db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
        java.util.Map.of(),
        r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      fail(
          3,
          "port 127.0.0.1:"
              + port
              + " is already in use; stop whatever holds it or set NEO4J_LOCAL_PORT to a free port.");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static int intEnv(String name, int fallback) {
    String raw = env(name, String.valueOf(fallback));
    try {
      int value = Integer.parseInt(raw);
      if (value < 1 || value > 65535) throw new NumberFormatException();
      return value;
    } catch (NumberFormatException e) {
      fail(2, name + "=" + raw + " is not a port number (1-65535).");
      return fallback;
    }
  }

  private static String rootCause(Throwable e) {
    StringBuilder why = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      why.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
    }
    return why.toString();
  }

  private static void fail(int code, String message) {
    System.err.println("tht-graph neo4j: " + message);
    System.exit(code);
  }
}
