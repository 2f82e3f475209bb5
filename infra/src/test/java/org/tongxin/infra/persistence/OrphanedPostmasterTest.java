package org.tongxin.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanedPostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aLockFileWhosePidIsAnotherProgramIsRemovedAndThatProgramLeftAlone() throws Exception {
        // This JVM is alive and is no postgres: the situation after a reboot reused the old postmaster's pid.
        Path lock = writeLockFile(ProcessHandle.current().pid(), dataDirectory);

        assertThat(new OrphanedPostmaster(dataDirectory, Duration.ofSeconds(5)).clear())
                .isTrue();

        assertThat(lock).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aLockFileOfAnotherDataDirectoryIsNeverTakenForOurs() throws Exception {
        Path lock = writeLockFile(ProcessHandle.current().pid(), dataDirectory.resolve("elsewhere"));

        new OrphanedPostmaster(dataDirectory, Duration.ofSeconds(5)).clear();

        // Not a postgres of ours: the file goes, but nothing was signalled (this JVM still runs the test).
        assertThat(lock).doesNotExist();
    }

    @Test
    void aLockFileWhosePidIsGoneIsLeftToPostgresql() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = writeLockFile(gone.pid(), dataDirectory);

        assertThat(new OrphanedPostmaster(dataDirectory, Duration.ofSeconds(5)).clear())
                .isFalse();

        assertThat(lock).exists();
    }

    @Test
    void noLockFileNothingToDo() throws Exception {
        assertThat(new OrphanedPostmaster(dataDirectory, Duration.ofSeconds(5)).clear())
                .isFalse();
    }

    private Path writeLockFile(long pid, Path directory) throws Exception {
        Path lock = dataDirectory.resolve(OrphanedPostmaster.LOCK_FILE);
        Files.writeString(lock, pid + "\n" + directory.toAbsolutePath() + "\n1700000000\n54321\n/tmp\nlocalhost\n");
        return lock;
    }
}
