package org.tongxin.infra.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The command-line verifier for an outside auditor: it opens a database (a restored dump will do) with plain JDBC,
 * starts nothing of the application, and verifies the chain exactly as the application does. Run from the built jar:
 *
 * <pre>
 * java -cp tongxin-infra.jar -Dloader.main=org.tongxin.infra.integrity.VerifyChain \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     --url jdbc:postgresql://localhost:5432/tongxin --user auditor --public-key office-sm2.pem [--from N] [--to N]
 * </pre>
 *
 * The password comes from {@code PGPASSWORD}. Exit status: 0 intact, 1 broken, 2 could not verify.
 */
public final class VerifyChain {

    private VerifyChain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.getenv("PGPASSWORD")));
    }

    /** Verifies and reports on {@code out}; returns the exit status. */
    public static int run(String[] args, PrintStream out, String password) {
        String url = null;
        String user = null;
        Long from = null;
        Long to = null;
        Set<String> trusted = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--from" -> from = Long.valueOf(value);
                    case "--to" -> to = Long.valueOf(value);
                    case "--public-key" -> trusted.add(HexFormat.of().formatHex(Sm2.decodePublic(read(value))));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
        } catch (RuntimeException | IOException e) {
            out.println("usage: --url jdbc:postgresql://host:port/db [--user name] [--public-key file-or-hex]..."
                    + " [--from N] [--to N]  (password from PGPASSWORD)");
            out.println("error: " + e.getMessage());
            return 2;
        }
        if (url == null) {
            out.println("error: --url is required");
            return 2;
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.setReadOnly(true);
            ChainVerifier.Result result = new ChainVerifier(trusted).verify(connection, from, to);
            report(result, trusted.isEmpty(), out);
            return result.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println("error: cannot read the database: " + e.getMessage());
            return 2;
        }
    }

    private static String read(String fileOrKey) throws IOException {
        Path path = Path.of(fileOrKey);
        return Files.isReadable(path) ? Files.readString(path) : fileOrKey;
    }

    private static void report(ChainVerifier.Result result, boolean unpinned, PrintStream out) {
        out.printf(
                "verified positions %d..%d (sealed up to %d): %d events, %d signed checkpoints, %d not yet sealed%n",
                result.from(),
                result.to(),
                result.sealedHead(),
                result.eventsChecked(),
                result.checkpointsChecked(),
                result.pending());
        if (unpinned) {
            out.println("warning: no --public-key given; checkpoint signatures were checked against the keys"
                    + " stored with them, which proves nothing about who signed");
        }
        ChainVerifier.Break b = result.firstBreak();
        if (b == null) {
            out.println("INTACT 完整");
            return;
        }
        out.printf(
                "BROKEN 已被篡改 at position %d: %s (event %s, aggregate %s, sequence %s, type %s)%n",
                b.position(),
                b.reason(),
                b.eventIdentifier(),
                b.aggregateIdentifier(),
                b.sequenceNumber(),
                b.payloadType());
    }
}
