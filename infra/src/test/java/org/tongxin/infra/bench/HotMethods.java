package org.tongxin.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording around one measured run (the JDK's "profile" settings, method samples every 10 ms) and the methods
 * most often on top of the sampled stacks: where the run spent its CPU. Two lists per run: the top frame as sampled,
 * and the top frame inside Tongxin's or a framework's code (the first frame below the JDK), which points at the
 * caller to fix.
 */
public final class HotMethods implements AutoCloseable {

    private static final List<String> JDK = List.of("java.", "jdk.", "sun.", "com.sun.");
    private static final List<String> DRIVER =
            List.of("java.", "jdk.", "sun.", "com.sun.", "org.postgresql.", "com.zaxxer.", "org.apache.ibatis.");

    private final Recording recording;
    private final Path file;

    private HotMethods(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    public static HotMethods start(String name) throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        // where threads wait on the database: a run on a busy PostgreSQL is mostly waiting, which samples miss
        recording.enable("jdk.SocketRead").withThreshold(Duration.ofMillis(1)).withStackTrace();
        recording.setName(name);
        recording.start();
        return new HotMethods(recording, Files.createTempFile("tongxin-bench-" + name, ".jfr"));
    }

    /** Stops the recording and answers the {@code limit} hottest methods, each with its share of the samples. */
    public List<String> stop(int limit) throws IOException {
        recording.stop();
        recording.dump(file);
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> firstOutsideJdk = new HashMap<>();
        Map<String, Integer> waits = new HashMap<>();
        int samples = 0;
        long waited = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if ("jdk.SocketRead".equals(event.getEventType().getName()) && event.getStackTrace() != null) {
                int millis = (int) event.getDuration().toMillis();
                waited += millis;
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    String method = name(frame);
                    if (DRIVER.stream().noneMatch(method::startsWith)) {
                        waits.merge(method, millis, Integer::sum);
                        break;
                    }
                }
                continue;
            }
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            top.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            for (RecordedFrame frame : stack.getFrames()) {
                String method = name(frame);
                if (JDK.stream().noneMatch(method::startsWith)) {
                    firstOutsideJdk.merge(method, 1, Integer::sum);
                    break;
                }
            }
        }
        int total = Math.max(1, samples);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(samples + " samples; top frames:");
        lines.addAll(ranked(top, total, limit));
        lines.add("first frame outside the JDK:");
        lines.addAll(ranked(firstOutsideJdk, total, limit));
        lines.add(String.format(
                Locale.ROOT,
                "socket reads of 1 ms or more (mostly waiting on PostgreSQL), %,d ms in all, by the first caller"
                        + " outside the JDK, the driver, the pool and MyBatis:",
                waited));
        lines.addAll(ranked(waits, (int) Math.max(1, Math.min(Integer.MAX_VALUE, waited)), limit));
        return lines;
    }

    private static List<String> ranked(Map<String, Integer> counts, int total, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(e -> String.format(Locale.ROOT, "`%s` %.1f%%", e.getKey(), 100.0 * e.getValue() / total))
                .toList();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** Deletes the recording unless {@code -Dtongxin.bench.jfr-dir} asks to keep it there (for {@code jfr print}). */
    @Override
    public void close() throws IOException {
        recording.close();
        String keep = System.getProperty("tongxin.bench.jfr-dir", "");
        if (keep.isBlank() || !Files.exists(file)) {
            Files.deleteIfExists(file);
            return;
        }
        Path dir = Files.createDirectories(Path.of(keep));
        Files.move(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
