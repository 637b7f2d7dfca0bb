package org.sitrep.server;

import java.util.Comparator;
import java.util.List;

/**
 * The one place where untrusted text (article bodies and titles, notes, actor names, URLs) becomes
 * HTML: every value a page shows goes through {@link #text} or {@link #attribute}, and evidence is
 * marked in a body by {@link #marked}, which escapes the text between and inside the marks.
 */
final class Html {
    /** A span of a body to mark: {@code [start, end)}, the coded field it justifies, and the event, when it matters. */
    record Mark(int start, int end, String field, String eventId) {
    }

    private Html() {
    }

    /** Returns {@code s} escaped for element content; null is the empty string. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), out);
        return out.toString();
    }

    /** Returns {@code s} escaped for a double-quoted attribute value (quotes included in the escaping). */
    static String attribute(String s) {
        return text(s);
    }

    /**
     * Returns {@code url} when it is an http(s) address, else null: a stored URL is shown as a link
     * only when following it cannot run script ({@code javascript:}, {@code data:}).
     */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
    }

    /**
     * Returns {@code body} as escaped HTML with each mark wrapped in
     * {@code <mark class="evidence" data-field=".." [data-event-id=".."]>}. Marks outside the body
     * are dropped; a mark that overlaps an earlier one starts where that one ends, since marks cannot nest.
     */
    static String marked(String body, List<Mark> marks) {
        if (body == null) return "";
        StringBuilder out = new StringBuilder(body.length() + 64 * marks.size());
        List<Mark> ordered = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= body.length() && m.start() < m.end())
                .sorted(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()))
                .toList();
        int at = 0;
        for (Mark m : ordered) {
            int start = Math.max(m.start(), at);
            if (start >= m.end()) continue;
            escape(body, at, start, out);
            out.append("<mark class=\"evidence\"");
            if (m.eventId() != null) out.append(" data-event-id=\"").append(attribute(m.eventId())).append('"');
            out.append(" data-field=\"").append(attribute(m.field())).append("\">");
            escape(body, start, m.end(), out);
            out.append("</mark>");
            at = m.end();
        }
        escape(body, at, body.length(), out);
        return out.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
