package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static final String REPORT =
            "At least 29 soldiers have been killed in Niger in the deadliest attack since the army staged a coup.";

    @Test
    void leaveAReplyCutsEverythingAfterIt() {
        List<String> paragraphs = List.of(REPORT, "Leave a Reply",
                "Your email address will not be published. Required fields are marked *", "Comment *", "Name *");

        assertEquals(List.of(REPORT), Boilerplate.strip(paragraphs));
    }

    @Test
    void commentCountCutsTheThread() {
        assertEquals(List.of(REPORT), Boilerplate.strip(List.of(REPORT, "3 Comments", "Good reporting.")));
    }

    @Test
    void shareBarIsDroppedButTextAfterItStays() {
        List<String> paragraphs = List.of(REPORT, "Share this: Facebook Twitter WhatsApp", "Click to share on X", REPORT);

        assertEquals(List.of(REPORT, REPORT), Boilerplate.strip(paragraphs));
    }

    @Test
    void sentenceAboutCommentsIsKept() {
        String sentence = "Leave a comment, the spokesman told reporters, was all the ministry would do.";

        assertEquals(List.of(REPORT, sentence), Boilerplate.strip(List.of(REPORT, sentence)));
    }

    @Test
    void markerBeforeAnyTextDoesNotCutTheArticle() {
        assertEquals(List.of("Related", REPORT), Boilerplate.strip(List.of("Related", REPORT)));
    }

    @Test
    void frenchReplyFormIsCut() {
        List<String> paragraphs = List.of(REPORT, "Laisser un commentaire",
                "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *");

        assertEquals(List.of(REPORT), Boilerplate.strip(paragraphs));
    }
}
