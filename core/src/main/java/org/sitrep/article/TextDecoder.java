package org.sitrep.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/** Turns bytes into text: UTF-8 checked strictly, or the charset a header or page declares. */
final class TextDecoder {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoder() {
    }

    /**
     * Returns the text of bytes that must be UTF-8 (or carry a Unicode byte-order mark).
     *
     * @throws CharacterCodingException if the bytes are not well-formed UTF-8
     */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        Optional<Charset> bom = unicodeBom(bytes);
        if (bom.isPresent() && !bom.get().equals(StandardCharsets.UTF_8)) {
            return lenient(bytes, bom.get());
        }
        int skip = bom.isPresent() ? UTF8_BOM.length : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    /**
     * Returns the text of bytes in a declared charset; bytes the charset cannot map become U+FFFD,
     * as browsers show them. A byte-order mark overrides the declaration, as in browsers.
     *
     * @param input how the user named the source, for messages
     * @throws UnreadableArticleException if Java knows no charset of that name
     */
    static String declared(byte[] bytes, String charsetName, String input) throws UnreadableArticleException {
        Optional<Charset> bom = unicodeBom(bytes);
        if (bom.isPresent()) {
            return lenient(bytes, bom.get());
        }
        try {
            return lenient(bytes, Charset.forName(charsetName.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new UnreadableArticleException(input, "undecodable charset " + charsetName);
        }
    }

    /** Returns the charset a Unicode byte-order mark at the start of the bytes announces, if any. */
    static Optional<Charset> unicodeBom(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static String lenient(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
