package org.tongxin.infra.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL after a crash. A JVM killed with {@code kill -9} cannot stop its
 * postmaster: the postmaster is re-parented to init, keeps its {@code postmaster.pid} and the next start fails on
 * that lock file. Before starting, this reads the lock file (line 1 the pid, line 2 the data directory, line 4 the
 * port, as PostgreSQL writes it), checks that the pid is a running {@code postgres} serving <em>our</em> directory,
 * and stops it with a fast shutdown (its clients died with the JVM; nothing is lost, committed work is in the WAL).
 * A lock file whose pid now belongs to another program is removed, as PostgreSQL would otherwise refuse to start.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String LOCK_FILE = "postmaster.pid";

    private final Path dataDirectory;
    private final Duration stopWait;

    OrphanedPostmaster(Path dataDirectory, Duration stopWait) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.stopWait = stopWait;
    }

    /** What PostgreSQL wrote into {@code postmaster.pid}. */
    record LockFile(long pid, Path dataDirectory, int port) {

        static Optional<LockFile> read(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                // PostgreSQL writes the file in steps; a file this short belongs to no running server.
                return Optional.of(new LockFile(-1, Path.of(""), -1));
            }
            try {
                return Optional.of(new LockFile(
                        Long.parseLong(lines.get(0).strip()),
                        Path.of(lines.get(1).strip()).toAbsolutePath().normalize(),
                        Integer.parseInt(lines.get(3).strip())));
            } catch (NumberFormatException unreadable) {
                return Optional.of(new LockFile(-1, Path.of(""), -1));
            }
        }
    }

    /**
     * Stops a postmaster left running on our data directory, or removes a lock file that names no postmaster.
     * Returns whether anything had to be done.
     */
    boolean clear() throws IOException {
        Path file = dataDirectory.resolve(LOCK_FILE);
        Optional<LockFile> lock = LockFile.read(file);
        if (lock.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process =
                lock.get().pid() > 0 ? ProcessHandle.of(lock.get().pid()) : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            // PostgreSQL removes a lock file whose pid is gone on its own.
            return false;
        }
        if (!servesOurDirectory(process.get(), lock.get())) {
            log.warn(
                    "{} names pid {}, which is not a PostgreSQL serving {}; removing the stale lock file",
                    file,
                    lock.get().pid(),
                    dataDirectory);
            Files.deleteIfExists(file);
            return true;
        }
        log.warn(
                "A PostgreSQL (pid {}, port {}) left behind by a previous run still serves {}; stopping it",
                lock.get().pid(),
                lock.get().port(),
                dataDirectory);
        stop(process.get());
        return true;
    }

    private boolean servesOurDirectory(ProcessHandle process, LockFile lock) {
        if (!lock.dataDirectory().equals(dataDirectory)) {
            return false;
        }
        ProcessHandle.Info info = process.info();
        boolean isPostgres = info.command()
                .map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                .orElse(false);
        List<String> arguments = info.arguments().map(Arrays::asList).orElse(List.of());
        int d = arguments.indexOf("-D");
        boolean ourDirectory = d >= 0
                && d + 1 < arguments.size()
                && Path.of(arguments.get(d + 1)).toAbsolutePath().normalize().equals(dataDirectory);
        return isPostgres && ourDirectory;
    }

    /**
     * SIGINT is PostgreSQL's fast shutdown (what {@code pg_ctl stop -m fast} sends; pg_ctl itself refuses to run as
     * root, which the embedded binaries allow). Where {@code kill} is missing, SIGTERM, the smart shutdown, which
     * ends at once too: the crashed JVM's sessions are gone.
     */
    private void stop(ProcessHandle postmaster) throws IOException {
        long seconds = Math.max(1, stopWait.toSeconds());
        boolean signalled = false;
        try {
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            signalled = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException noKillCommand) {
            log.debug("no kill command: {}", noKillCommand.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an orphaned PostgreSQL", e);
        }
        if (!signalled) {
            postmaster.destroy();
        }
        try {
            postmaster.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            throw new IOException("The PostgreSQL left running on " + dataDirectory + " (pid " + postmaster.pid()
                    + ") did not stop within " + seconds + " s; stop it, then start again");
        }
        log.info("Stopped the PostgreSQL left behind by a previous run (pid {})", postmaster.pid());
    }
}
