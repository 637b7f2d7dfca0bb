package org.sitrep.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the bytes of a local file or of standard input, never more than the size cap. */
final class LocalInput {
    private LocalInput() {
    }

    /**
     * Returns the bytes of the file.
     *
     * @param input how the user named the file, for messages
     * @throws UnreadableArticleException if the file is missing, a directory, unreadable or too large
     */
    static byte[] readFile(Path path, String input, SizeCap cap) throws UnreadableArticleException {
        requireFile(path, input);
        try {
            if (Files.isRegularFile(path) && cap.exceededBy(Files.size(path))) {
                throw new UnreadableArticleException(input, cap.problem());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, input, cap);
            }
        } catch (AccessDeniedException denied) {
            throw new UnreadableArticleException(input, "permission denied");
        } catch (IOException e) {
            throw new UnreadableArticleException(input, "cannot read file (" + e.getMessage() + ")");
        }
    }

    /**
     * Checks that the path names a file there is to read.
     *
     * @param input how the user named the file, for messages
     * @throws UnreadableArticleException if the file is missing or a directory
     */
    static void requireFile(Path path, String input) throws UnreadableArticleException {
        if (!Files.exists(path)) {
            throw new UnreadableArticleException(input, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableArticleException(input, "is a directory, not a file");
        }
    }

    /**
     * Returns the bytes of a stream, read to its end.
     *
     * @throws UnreadableArticleException if the stream holds more than the cap
     * @throws IOException                if reading fails
     */
    static byte[] read(InputStream in, String input, SizeCap cap) throws IOException, UnreadableArticleException {
        byte[] bytes = in.readNBytes((int) cap.maxBytes() + 1);
        if (cap.exceededBy(bytes.length)) {
            throw new UnreadableArticleException(input, cap.problem());
        }
        return bytes;
    }
}
