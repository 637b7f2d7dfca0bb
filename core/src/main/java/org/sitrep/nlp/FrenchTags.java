package org.sitrep.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads French tokens the way Sitrep's rules read English ones. CoreNLP's French tagger gives
 * Universal Dependencies tags without tense, and CoreNLP has no French lemmatizer; the rules ask
 * for Penn Treebank tags ("VBN" after a form of "be" is passive) and lemmas ("kill"). So:
 * {@code tags.fr.tsv} maps the UD tags, {@code lemmas.fr.tsv} gives the auxiliaries and the verbs
 * the rules count on, and a participle takes its meaning from its auxiliary: after "être" it is
 * passive (VBN: "ont été tués" = "were killed"), after "avoir" it is a finished act (VBD: "ont tué"
 * = "killed"), alone it qualifies a noun (VBN: "soldats tués").
 */
final class FrenchTags {
    private record Form(String lemma, String tag) {
    }

    private static final Map<String, String> BY_UPOS = new HashMap<>();
    private static final Map<String, Form> FORMS = new HashMap<>();
    private static final Map<String, String> FUNCTION_FORMS = new HashMap<>();
    /** "Une" opening a sentence is tagged a pronoun at times; a verb never follows it. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("un", "une");

    static {
        for (String[] row : PhraseLexicon.readTsv(FrenchTags.class, "tags.fr.tsv")) BY_UPOS.put(row[0], row[1]);
        for (String[] row : PhraseLexicon.readTsv(FrenchTags.class, "lemmas.fr.tsv")) {
            String lemma = row[0];
            String tag = row[1].isEmpty() ? null : row[1];
            if (row[2].equals("-er")) {
                String stem = lemma.substring(0, lemma.length() - 2);
                for (String end : new String[]{"é", "és", "ée", "ées", "ant", "e", "es", "ent", "er", "ait", "aient", "a", "èrent"}) {
                    FORMS.putIfAbsent(stem + end, new Form(lemma, tag));
                }
            } else {
                for (String f : row[2].split(" ")) FORMS.putIfAbsent(f, new Form(lemma, tag));
            }
        }
        for (String pair : Language.FRENCH.words("function-forms")) {
            String[] p = pair.split(":");
            FUNCTION_FORMS.put(p[0], p[1]);
        }
    }

    private FrenchTags() {
    }

    /** Returns the tokens of one sentence with Penn tags and lemmas, from their words and UD tags. */
    static java.util.List<Token> read(List<String> words, List<String> upos, int[] starts, int[] ends) {
        java.util.List<Token> tokens = new java.util.ArrayList<>(words.size());
        String lastAuxiliary = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String u = upos.get(i);
            // "une frappe", "l'attaque": after a determiner a word is a noun, whatever the tagger says
            if (u.equals("VERB") && i > 0 && (upos.get(i - 1).equals("DET") || ARTICLES.contains(words.get(i - 1).toLowerCase(java.util.Locale.ROOT)))) {
                u = "NOUN";
            }
            Form form = FORMS.get(lower);
            String lemma = form != null ? form.lemma() : lower;
            String tag;
            if (FUNCTION_FORMS.containsKey(lower)) {
                tag = FUNCTION_FORMS.get(lower); // "Au moins" opens a sentence: not a name
            } else if (form != null && form.tag() != null) {
                tag = form.tag();
            } else if (u.equals("VERB") || u.equals("AUX") || u.equals("ADJ") && lastAuxiliary != null && looksParticiple(lower)) {
                tag = verbTag(lower, lastAuxiliary);
            } else if (u.equals("NOUN")) {
                tag = lower.length() > 2 && (lower.endsWith("s") || lower.endsWith("x")) ? "NNS" : "NN";
            } else if (u.equals("PUNCT")) {
                tag = punctuation(word);
            } else {
                tag = BY_UPOS.getOrDefault(u, "FW");
            }
            // the auxiliary a participle leans on: the last one, past adverbs and pronouns ("s'est", "n'a pas")
            if (lemma.equals("être") || lemma.equals("avoir")) lastAuxiliary = lemma;
            else if (!u.equals("ADV") && !u.equals("PRON")) lastAuxiliary = null;
            tokens.add(new Token(word, lemma, tag, starts[i], ends[i]));
        }
        return tokens;
    }

    private static String verbTag(String w, String auxiliary) {
        if (looksParticiple(w)) {
            if ("avoir".equals(auxiliary)) return "VBD";
            return "VBN";
        }
        if (w.endsWith("ant")) return "VBG";
        if (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re")) return "VB";
        if (w.endsWith("rait") || w.endsWith("raient") || w.endsWith("ront") || w.endsWith("ra")) return "MD";
        if (w.endsWith("ait") || w.endsWith("aient")) return "VBD";
        return w.endsWith("nt") ? "VBP" : "VBZ";
    }

    private static boolean looksParticiple(String w) {
        return w.matches(".*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|ort|orte|orts|ortes)");
    }

    private static String punctuation(String p) {
        return switch (p) {
            case "," -> ",";
            case "(", "[" -> "-LRB-";
            case ")", "]" -> "-RRB-";
            case ":", ";", "-", "–", "—" -> ":";
            case "«", "“", "\"" -> "``";
            case "»", "”" -> "''";
            default -> ".";
        };
    }
}
