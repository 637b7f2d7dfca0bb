package org.sitrep.article;

/**
 * The most bytes Sitrep reads from one source, so that a huge file or an endless stream fails
 * cleanly instead of exhausting memory.
 *
 * @param maxBytes the largest accepted size, in bytes
 */
record SizeCap(long maxBytes) {
    /** Java arrays end here; nothing larger can be held as one page anyway. */
    static final long LARGEST = Integer.MAX_VALUE - 8;

    SizeCap {
        if (maxBytes < 1 || maxBytes > LARGEST) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + LARGEST + ": " + maxBytes);
        }
    }

    /** Returns whether this many bytes are over the cap. */
    boolean exceededBy(long bytes) {
        return bytes > maxBytes;
    }

    /** Returns the problem of an input over the cap, e.g. "larger than 10 MB". */
    String problem() {
        return "larger than " + describe();
    }

    private String describe() {
        long mebibyte = 1024 * 1024;
        if (maxBytes % mebibyte == 0) {
            return maxBytes / mebibyte + " MB";
        }
        if (maxBytes % 1024 == 0) {
            return maxBytes / 1024 + " KB";
        }
        return maxBytes + (maxBytes == 1 ? " byte" : " bytes");
    }
}
