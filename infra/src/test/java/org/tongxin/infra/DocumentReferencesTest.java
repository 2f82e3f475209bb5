package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository points a reader to a design document the repository does not hold: what a reader needs
 * from the project's working notes lives in {@code docs/} (the domain page, the ADRs), and a comment says what it
 * needs to say or names the page that does.
 */
class DocumentReferencesTest {

    /** The working notes kept outside the repository, by name; written in pieces so this file does not name them. */
    private static final Pattern OUTSIDE_DOCUMENT =
            Pattern.compile("(?<![A-Za-z])(" + String.join("|", "DESIGN", "STACK", "DOMAIN", "UX", "STYLE") + ")\\.md");

    /**
     * Applied Flyway migrations keep their text: Flyway checksums every line, comments included, and refuses to start
     * on a database that ran an earlier text of the same version. What these comments refer to is in the repository
     * now (roles in docs/domain.md, the inbox figures in ADR 5).
     */
    private static final Map<String, String> APPLIED_MIGRATIONS = Map.of(
            "infra/src/main/resources/db/migration/infra/V2026_11_21_04__accounts_and_intake.sql", "roles",
            "infra/src/main/resources/db/migration/infra/V2026_11_21_40__task_inbox.sql", "inbox figures");

    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "data", ".git", ".idea", ".vscode", "node_modules");

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "ico", "jar", "woff", "woff2");

    @Test
    void noFileNamesADocumentOutsideTheRepository() {
        List<String> offenders = new ArrayList<>();
        List<String> files = repositoryFiles();
        for (String file : files) {
            if (!APPLIED_MIGRATIONS.containsKey(file)
                    && OUTSIDE_DOCUMENT.matcher(read(file)).find()) {
                offenders.add(file);
            }
        }
        assertThat(files).contains("README.md", "pom.xml", "docs/domain.md");
        assertThat(offenders)
                .as("files naming a document the repository does not hold")
                .isEmpty();
    }

    @Test
    void theAppliedMigrationsExceptedStillNeedTheException() {
        // Once such a migration no longer names an outside document, it leaves the list rather than hide a new one.
        assertThat(APPLIED_MIGRATIONS.keySet()).allSatisfy(file -> assertThat(
                        OUTSIDE_DOCUMENT.matcher(read(file)).find())
                .as(file)
                .isTrue());
    }

    private static Path root() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("engine/pom.xml")).as("the repository root").exists();
        return root;
    }

    private static List<String> repositoryFiles() {
        Path root = root();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> root.relativize(f).getNameCount() > 0)
                    .filter(f -> {
                        for (Path part : root.relativize(f)) {
                            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .filter(f -> !BINARY.contains(extension(f)))
                    .forEach(f -> files.add(root.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String read(String file) {
        try {
            return Files.readString(root().resolve(file));
        } catch (MalformedInputException e) {
            return ""; // not UTF-8 text, so not a document anyone reads as prose
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
