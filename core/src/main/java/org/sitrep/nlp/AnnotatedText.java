package org.sitrep.nlp;

import java.util.List;

/** A text split into sentences of tagged, lemmatized tokens, with offsets into the text. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
