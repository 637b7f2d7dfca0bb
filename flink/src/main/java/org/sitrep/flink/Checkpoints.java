package org.sitrep.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checkpoints and savepoints Flink keeps under a directory: {@code DIR/<job id>/chk-<n>/_metadata}
 * and {@code DIR/savepoints/savepoint-<id>/_metadata}.
 */
public final class Checkpoints {
    private static final Pattern CHECKPOINT = Pattern.compile("chk-(\\d+)");
    private static final Pattern SAVEPOINT = Pattern.compile("savepoint-.+");

    private Checkpoints() {
    }

    /**
     * Returns the newest completed checkpoint or savepoint under {@code directory} (the one written
     * last, of any job), to restore a job from; empty when there is none.
     */
    public static Optional<Path> latest(Path directory) {
        if (!Files.isDirectory(directory)) return Optional.empty();
        try (Stream<Path> files = Files.walk(directory, 3)) {
            return files.filter(f -> f.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(d -> CHECKPOINT.matcher(d.getFileName().toString()).matches()
                            || SAVEPOINT.matcher(d.getFileName().toString()).matches())
                    .max(Comparator.comparingLong(Checkpoints::modified).thenComparingLong(Checkpoints::number));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The number of checkpoint {@code checkpoint} ({@code chk-<n>}), or -1. */
    public static long number(Path checkpoint) {
        Matcher m = CHECKPOINT.matcher(checkpoint.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long modified(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
