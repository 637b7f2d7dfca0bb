package org.sitrep.nlp;

/**
 * One token of an annotated text.
 *
 * @param word  the token as written
 * @param lemma its lemma, lower case
 * @param tag   its Penn Treebank part-of-speech tag
 * @param start character offset in the text
 * @param end   character offset just past it
 */
public record Token(String word, String lemma, String tag, int start, int end) {
    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isNumber() {
        return tag.equals("CD");
    }

    /** Returns the word in lower case. */
    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
