package org.tongxin.infra.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends what a fault run measured to {@code target/fault-figures.txt}, the source of the figures in the docs. */
final class FaultFigures {

    private FaultFigures() {}

    static void record(String fault, String figures) throws IOException {
        String line = Instant.now() + " " + fault + " " + figures + System.lineSeparator();
        Files.writeString(
                Path.of("target", "fault-figures.txt"),
                line,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.print("FAULT FIGURES " + line);
    }
}
