package org.sitrep.nlp;

import java.util.List;

/**
 * One sentence of an annotated text.
 *
 * @param index  its position in the text, from 0
 * @param start  character offset of its first character
 * @param end    character offset just past its last character
 * @param text   its text
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Returns the index of the first token at or after character offset {@code offset}, or size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) return i;
        }
        return tokens.size();
    }
}
