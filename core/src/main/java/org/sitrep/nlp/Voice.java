package org.sitrep.nlp;

import java.util.List;

/** Reads the grammatical voice of a verb from its tags: "were killed" and "came under attack" are passive. */
public final class Voice {
    private Voice() {
    }

    /** Returns true when token {@code k} is a passive verb ("were killed", "had been abducted") or "under attack". */
    public static boolean isPassive(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k > 0 && tokens.get(k - 1).lower().equals("under")) return true;
        if (!t.tag().equals("VBN")) return false;
        for (int i = k - 1; i >= Math.max(0, k - 3); i--) {
            String lemma = tokens.get(i).lemma();
            // French: "ont été tués" (FrenchTags gives a participle after "avoir" the tag of a past, VBD)
            if (lemma.equals("be") || lemma.equals("get") || lemma.equals("être")) return true;
            if (!tokens.get(i).tag().startsWith("RB") && !lemma.equals("have") && !lemma.equals("avoir")) break;
        }
        return false;
    }
}
