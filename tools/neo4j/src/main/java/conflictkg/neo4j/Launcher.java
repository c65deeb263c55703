package conflictkg.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded as a throwaway local server: Bolt on loopback, auth on,
 * a fresh store at every start. Configured through environment variables (see README.md);
 * up.sh starts it and waits for the READY line printed below.
 */
public final class Launcher {

    /** Written into the home directory so a later start only ever wipes a directory we created. */
    private static final String MARKER = ".conflictkg-neo4j-home";
    private static final String TAG = "conflictkg-neo4j: ";

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            // One readable line first (up.sh shows the log tail), the stack trace after it.
            System.err.println(TAG + "FAILED: " + describe(e));
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws InterruptedException {
        Path toolDir = Path.of(env("CONFLICTKG_NEO4J_TOOL_DIR", ".")).toAbsolutePath().normalize();
        Path runDir = toolDir.resolve("run");
        Path home = absolute(env("CONFLICTKG_NEO4J_HOME", runDir.resolve("home").toString()));
        Path importDir = absolute(env("CONFLICTKG_NEO4J_IMPORT_DIR", runDir.resolve("import").toString()));
        int port = parsePort(env("CONFLICTKG_NEO4J_PORT", "7687"));
        String password = env("CONFLICTKG_NEO4J_PASSWORD", "conflictkg");
        long pageCache = parseBytes("CONFLICTKG_NEO4J_PAGECACHE", env("CONFLICTKG_NEO4J_PAGECACHE", "256m"));
        if (password.length() < 8) {
            // Neo4j itself refuses shorter passwords; say so before spending a start on it.
            throw new IllegalArgumentException("CONFLICTKG_NEO4J_PASSWORD must have at least 8 characters");
        }

        // CONFLICTKG_NEO4J_KEEP=1 (up.sh --keep): restart on the previous store, e.g. to test
        // recovery after a crash; only a home this launcher made is ever reused.
        boolean keep = "1".equals(env("CONFLICTKG_NEO4J_KEEP", "")) && Files.exists(home.resolve(MARKER));
        if (keep) {
            System.out.println(TAG + "keeping the previous store in " + home);
        } else {
            wipeHome(home);
        }
        mkdirs(importDir);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.ofEntries(
                        Map.entry(BoltConnector.enabled, true),
                        Map.entry(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port)),
                        Map.entry(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port)),
                        Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                        Map.entry(HttpConnector.enabled, false),
                        Map.entry(HttpsConnector.enabled, false),
                        Map.entry(GraphDatabaseSettings.auth_enabled, true),
                        // A test that tries a wrong password must not lock the account for the tests after it.
                        Map.entry(GraphDatabaseSettings.auth_max_failed_attempts, 0),
                        Map.entry(GraphDatabaseSettings.load_csv_file_url_root, importDir),
                        Map.entry(GraphDatabaseSettings.allow_file_urls, true),
                        Map.entry(GraphDatabaseSettings.pagecache_memory, pageCache),
                        // The store is thrown away at the next start: skip work that only protects old data.
                        Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
                        Map.entry(GraphDatabaseSettings.keep_logical_logs, "false"),
                        Map.entry(GraphDatabaseSettings.pagecache_warmup_enabled, false),
                        // No phoning home from a development server (and no network to do it with here).
                        Map.entry(GraphDatabaseSettings.udc_enabled, false),
                        // Bolt otherwise idles 5 s twice on shutdown after the databases have already
                        // stopped; that is dead time in every test run.
                        Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println(TAG + "stopping");
            dbms.shutdown();
            System.out.println(TAG + "stopped");
        }, "conflictkg-neo4j-shutdown"));

        // A fresh store has user neo4j/neo4j with a forced password change; set the configured
        // password through the system database so clients can log in straight away.
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A kept store already has this password, and Neo4j refuses to "change" it to itself.
            if (!keep || !String.valueOf(describe(e)).contains("cannot be the same")) {
                throw e;
            }
        }
        // Warm up Cypher on the default database so a test's first query is not the one that
        // pays for compiling the runtime (seconds on 2 cores, enough to hit a client timeout).
        dbms.database("neo4j").executeTransactionally("RETURN 1");

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(TAG + "home " + home + " (Neo4j's own logs in " + home.resolve("logs") + ")");
        System.out.println(TAG + "import dir " + importDir + " (LOAD CSV FROM 'file:///name.csv' reads files here)");
        System.out.println(TAG + "READY bolt://127.0.0.1:" + port + " user neo4j, database neo4j (" + millis + " ms)");
        new CountDownLatch(1).await();
    }

    private static void wipeHome(Path home) {
        if (Files.exists(home)) {
            boolean ours = Files.exists(home.resolve(MARKER));
            boolean empty;
            try (Stream<Path> children = Files.list(home)) {
                empty = children.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + home, e);
            }
            if (!ours && !empty) {
                throw new IllegalStateException(home + " exists, is not empty and was not made by this launcher"
                        + " (no " + MARKER + "); refusing to wipe it. Point CONFLICTKG_NEO4J_HOME elsewhere.");
            }
            try (Stream<Path> walk = Files.walk(home)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot delete " + p, e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot wipe " + home, e);
            }
        }
        mkdirs(home);
        try {
            Files.createFile(home.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(MARKER), e);
        }
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("CONFLICTKG_NEO4J_PORT must be a port number 1-65535, got '" + text + "'");
    }

    /** Accepts sizes like 256m, 1g, 512k or a plain byte count. */
    static long parseBytes(String name, String text) {
        String t = text.toLowerCase();
        long unit = 1;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n > 0) {
                return n * unit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a size such as 256m or 1g, got '" + text + "'");
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
