package org.sitrep.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells from the first bytes or characters of an input what it is: binary, HTML, which charset. */
final class ContentSniffer {
    /** Enough of a file to judge it; the head of a page holds its meta charset. */
    private static final int SAMPLE = 8192;
    /** Text has next to no control characters; more than this share means binary data. */
    private static final double MOST_CONTROL = 0.05;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*|<\\?xml[^>]*>\\s*)*"
                    + "<(?:!doctype\\s+html|html|head|body|meta|title|link|base|article|main|section|div|p|h[1-6])[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMETER_CHARSET = Pattern.compile(
            ";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentSniffer() {
    }

    /** Returns whether the bytes are binary data rather than text: NUL bytes, or many control bytes. */
    static boolean looksBinary(byte[] bytes) {
        if (TextDecoder.unicodeBom(bytes).isPresent()) {
            return false; // UTF-16 text is full of NUL bytes
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        return control > MOST_CONTROL * sample;
    }

    /** Returns whether decoded text is binary data in disguise: NUL or many control characters. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        return control > MOST_CONTROL * sample;
    }

    /** Returns whether the text starts like an HTML document or fragment. */
    static boolean looksLikeHtml(String text) {
        String head = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        return HTML_START.matcher(head.replace("\uFEFF", "")).find();
    }

    /** Returns the charset a page declares in a meta tag within its first bytes, if any. */
    static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SAMPLE), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    /** Returns the charset parameter of a Content-Type header value, if any. */
    static Optional<String> headerCharset(String contentType) {
        Matcher parameter = PARAMETER_CHARSET.matcher(contentType);
        return parameter.find() ? Optional.of(parameter.group(1)) : Optional.empty();
    }

    /** Returns the media type of a Content-Type header value, lower case and without parameters. */
    static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
