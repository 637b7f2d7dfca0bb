package org.sitrep.article;

/**
 * A problem a user caused with one input: a missing file, a page without article text, an
 * unreachable URL. Its message is one line, {@code "<input>: <problem>"}, fit to show as is.
 */
public final class UnreadableArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final String problem;

    /**
     * @param input   the input as the user named it: a path, a URL, "-" or an article id
     * @param problem what is wrong with it, in a few words, e.g. "no such file"
     */
    public UnreadableArticleException(String input, String problem) {
        super(oneLine(input) + ": " + oneLine(problem));
        this.input = oneLine(input);
        this.problem = oneLine(problem);
    }

    /** Returns the input as the user named it. */
    public String input() {
        return input;
    }

    /** Returns what is wrong with the input. */
    public String problem() {
        return problem;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
