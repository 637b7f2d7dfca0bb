package org.sitrep.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reply threads on a real database: H2 in {@link RepliesOnH2IT}, PostgreSQL in {@link RepliesOnPostgresIT}. */
abstract class RepliesIT extends StoreTestBase {
    private static final String EVENT = "NER-000001";
    private static final String IP = "a".repeat(64);

    private Replies replies;

    @BeforeEach
    void replies() {
        replies = new Replies(store);
    }

    private static NewReply reply(String email, Long parent, String comment) {
        return new NewReply("event", EVENT, parent, "Aïcha", email, null, "<p>" + comment + "</p>", IP);
    }

    @Test
    void aFirstTimeReplierIsHeldAndNotShown() {
        Reply r = replies.add(reply("first@example.org", null, "Hello"));
        assertEquals(Reply.Status.HELD, r.status());
        assertEquals(List.of(), replies.thread("event", EVENT));
        assertEquals(List.of(r.id()), replies.held().stream().map(Reply::id).toList());
    }

    @Test
    void anApprovedReplyIsShownInItsThreadOnly() {
        Reply r = replies.add(reply("first@example.org", null, "Hello"));
        assertTrue(replies.approve(r.id()));
        List<Reply> thread = replies.thread("event", EVENT);
        assertEquals(1, thread.size());
        assertEquals("<p>Hello</p>", thread.get(0).commentHtml());
        assertEquals(Reply.Status.APPROVED, thread.get(0).status());
        assertEquals(List.of(), replies.thread("event", "NER-000002"));
        assertEquals(List.of(), replies.thread("article", EVENT));
        assertEquals(List.of(), replies.held());
    }

    @Test
    void anApprovedAuthorIsPublishedAtOnceWhateverTheCaseOfTheirEmail() {
        replies.approve(replies.add(reply("Known@Example.org", null, "one")).id());
        Reply second = replies.add(reply("known@EXAMPLE.ORG", null, "two"));
        assertEquals(Reply.Status.APPROVED, second.status());
        assertEquals(2, replies.thread("event", EVENT).size());
    }

    @Test
    void aHeldReplyDoesNotVouchForItsAuthor() {
        replies.add(reply("pending@example.org", null, "one"));
        assertEquals(Reply.Status.HELD, replies.add(reply("pending@example.org", null, "two")).status());
    }

    @Test
    void aReplyComesAfterTheReplyItAnswers() {
        Reply top = replies.add(reply("a@example.org", null, "top"));
        replies.approve(top.id());
        Reply other = replies.add(reply("a@example.org", null, "other"));
        Reply answer = replies.add(reply("a@example.org", top.id(), "answer"));
        Reply answerToAnswer = replies.add(reply("a@example.org", answer.id(), "deeper"));
        List<Reply> thread = replies.thread("event", EVENT);
        assertEquals(List.of(top.id(), other.id(), answer.id(), answerToAnswer.id()), thread.stream().map(Reply::id).toList());
        assertEquals(top.id(), thread.get(2).parentId());
        assertEquals(answer.id(), thread.get(3).parentId());
        assertEquals(null, thread.get(0).parentId());
    }

    @Test
    void aParentFromAnotherThreadIsRefusedAndNothingIsStored() {
        Reply elsewhere = replies.add(new NewReply("article", "7", null, "B", "b@example.org", null, "<p>x</p>", IP));
        assertThrows(IllegalArgumentException.class, () -> replies.add(reply("a@example.org", elsewhere.id(), "x")));
        assertEquals(1, count("replies"));
    }

    @Test
    void aDeletedReplyIsNotShown() {
        Reply r = replies.add(reply("a@example.org", null, "x"));
        replies.approve(r.id());
        assertTrue(replies.delete(r.id()));
        assertEquals(List.of(), replies.thread("event", EVENT));
        assertFalse(replies.approve(9999));
    }

    @Test
    void recentRepliesAreCountedPerIpHash() {
        replies.add(reply("a@example.org", null, "1"));
        replies.add(reply("b@example.org", null, "2"));
        replies.add(new NewReply("event", EVENT, null, "C", "c@example.org", null, "<p>3</p>", "b".repeat(64)));
        assertEquals(2, replies.recentFromIp(IP, Duration.ofMinutes(10)));
        assertEquals(1, replies.recentFromIp("b".repeat(64), Duration.ofMinutes(10)));
        assertEquals(0, replies.recentFromIp(IP, Duration.ZERO.minusSeconds(60)));
    }

    @Test
    void aReplyHoldsNoEmail() {
        assertTrue(Arrays.stream(Reply.class.getRecordComponents()).map(RecordComponent::getName)
                .noneMatch(n -> n.toLowerCase().contains("mail")));
        assertFalse(reply("secret@example.org", null, "x").toString().contains("secret@"));
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> replies.thread("page", "x"));
    }
}
