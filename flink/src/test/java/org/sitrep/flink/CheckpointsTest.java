package org.sitrep.flink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckpointsTest {
    @TempDir
    Path dir;

    private Path write(String checkpoint, long modifiedMillis) throws IOException {
        Path metadata = Files.createDirectories(dir.resolve(checkpoint)).resolve("_metadata");
        Files.writeString(metadata, "x");
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(modifiedMillis));
        return metadata.getParent();
    }

    @Test
    void theNewestCompletedCheckpointOrSavepointOfAnyJobIsTheOneToResumeFrom() throws IOException {
        write("job-a/chk-7", 1_000);
        Path newest = write("savepoints/savepoint-1a2b-3c4d", 3_000);
        write("job-b/chk-2", 2_000);
        Files.createDirectories(dir.resolve("job-b/chk-3")); // begun, never completed: no _metadata

        assertEquals(Optional.of(newest), Checkpoints.latest(dir));
    }

    @Test
    void aDirectoryWithoutCheckpointsHasNone() {
        assertEquals(Optional.empty(), Checkpoints.latest(dir.resolve("missing")));
        assertEquals(Optional.empty(), Checkpoints.latest(dir));
    }
}
