package org.sitrep.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BearerTokenTest {
    private final BearerToken token = new BearerToken("s3cret");

    private int status(BearerToken t, String header) {
        return assertThrows(ApiError.class, () -> t.check(header)).status();
    }

    @Test
    void theRightTokenPassesWhateverTheSchemesCase() {
        assertDoesNotThrow(() -> token.check("Bearer s3cret"));
        assertDoesNotThrow(() -> token.check("bearer s3cret"));
    }

    @Test
    void noHeaderOrAnotherSchemeIs401() {
        assertEquals(401, status(token, null));
        assertEquals(401, status(token, "Basic czNjcmV0Og=="));
    }

    @Test
    void aWrongTokenIs403EvenWhenItIsAPrefix() {
        assertEquals(403, status(token, "Bearer s3cre"));
        assertEquals(403, status(token, "Bearer s3cret2"));
        assertEquals(403, status(token, "Bearer "));
    }

    @Test
    void withoutATokenNothingPasses() {
        assertEquals(403, status(new BearerToken(null), "Bearer "));
        assertEquals(403, status(new BearerToken(" "), "Bearer  "));
    }
}
