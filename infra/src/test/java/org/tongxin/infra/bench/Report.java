package org.tongxin.infra.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows one run measured, grouped by section in the order they were taken, and the machine they were taken on;
 * written as Markdown (docs/benchmarks.md for the full run).
 */
public final class Report {

    private final Map<String, List<Row>> sections = new LinkedHashMap<>();
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<String>> profiles = new LinkedHashMap<>();
    private final List<Goal> goals = new ArrayList<>();

    public record Row(String what, String figure, String compared) {}

    /** One goal of the issue beside what this run measured for it, and whether the figure meets it. */
    public record Goal(String goal, String measured, boolean met) {}

    public synchronized void row(String section, String what, String figure, String compared) {
        sections.computeIfAbsent(section, s -> new ArrayList<>())
                .add(new Row(what, figure, compared == null ? "" : compared));
        System.out.printf("[bench] %s | %s | %s | %s%n", section, what, figure, compared == null ? "" : compared);
    }

    public void row(String section, String what, String figure) {
        row(section, what, figure, null);
    }

    /** Records one goal with this run's figure; the report lists them all in one table after the machine. */
    public synchronized void goal(String goal, String measured, boolean met) {
        goals.add(new Goal(goal, measured, met));
        System.out.printf("[bench] goal %s | %s | %s%n", goal, measured, met ? "met" : "not met");
    }

    public synchronized List<Goal> goals() {
        return List.copyOf(goals);
    }

    public void machine(String key, String value) {
        machine.put(key, value);
    }

    public void note(String note) {
        notes.add(note);
    }

    public void profile(String title, List<String> hotMethods) {
        profiles.put(title, hotMethods);
        System.out.printf("[bench] JFR %s:%n", title);
        hotMethods.forEach(m -> System.out.println("[bench]   " + m));
    }

    public List<Row> rows(String section) {
        return sections.getOrDefault(section, List.of());
    }

    public Map<String, List<Row>> sections() {
        return sections;
    }

    /** The machine's cores, memory and Java; PostgreSQL, commit and the date are added by the run. */
    public void describeRuntime() {
        Runtime runtime = Runtime.getRuntime();
        machine(
                "date",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        machine("cores", String.valueOf(runtime.availableProcessors()));
        machine("memory", physicalMemory());
        machine("max heap of the measuring JVM", runtime.maxMemory() / (1024 * 1024) + " MiB");
        machine("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine(
                "OS",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        machine("load average when the run began (1, 5, 15 minutes)", loadAverage());
    }

    /** Records the machine's load average as the run ends, beside the one it began with. */
    public void describeEnd() {
        machine("load average when the run ended (1, 5, 15 minutes)", loadAverage());
    }

    /** The system's load average over 1, 5 and 15 minutes, or over one minute where only that is known. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            double oneMinute = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return oneMinute < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f (1 minute)", oneMinute);
        }
    }

    private static String physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024 * 1024) + " MiB";
        }
        return "unknown";
    }

    public String markdown(String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(
                        "Written by the benchmark harness (`infra/src/test/java/org/tongxin/infra/bench`); regenerate it with\n\n```\n")
                .append(command)
                .append(
                        "\n```\n\nOne run, one machine, everything side by side on the same PostgreSQL: read the ratios more than the absolute")
                .append(" times. How it measures: `docs/adr/0023-benchmark-harness.md`.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append('\n');
        if (!notes.isEmpty()) {
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            md.append('\n');
        }
        if (!goals.isEmpty()) {
            md.append("## Goals\n\n")
                    .append(
                            "Each goal beside this run's figure, met or not as the figures say. What stands in the way of")
                    .append(" each goal not met, with the profile that shows it and the next step, is in")
                    .append(" `docs/performance.md`.\n\n| goal | this run | met |\n|---|---|---|\n");
            goals.forEach(g -> md.append("| ")
                    .append(g.goal())
                    .append(" | ")
                    .append(g.measured())
                    .append(" | ")
                    .append(g.met() ? "met" : "**not met**")
                    .append(" |\n"));
            md.append('\n');
        }
        sections.forEach((section, rows) -> {
            md.append("## ").append(section).append("\n\n| what | measured | side by side |\n|---|---|---|\n");
            rows.forEach(r -> md.append("| ")
                    .append(r.what())
                    .append(" | ")
                    .append(r.figure())
                    .append(" | ")
                    .append(r.compared())
                    .append(" |\n"));
            md.append('\n');
        });
        if (!profiles.isEmpty()) {
            md.append("## Where the time goes (JFR)\n\n")
                    .append("From a JFR recording of each run: the methods on top of the execution samples (CPU, every")
                    .append(" thread of the JVM) with their share of the samples, the first frame outside the JDK, and")
                    .append(" the time threads spent in socket reads (waiting on PostgreSQL) by their caller.\n\n");
            profiles.forEach((title, methods) -> {
                md.append("### ").append(title).append("\n\n");
                methods.forEach(m -> {
                    if (m.startsWith("`")) {
                        md.append("- ").append(m).append('\n');
                    } else {
                        md.append('\n').append(m).append("\n\n");
                    }
                });
                md.append('\n');
            });
        }
        return md.toString();
    }

    public void write(Path file, String command) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown(command), StandardCharsets.UTF_8);
        System.out.println("[bench] report written to " + file.toAbsolutePath().normalize());
    }
}
