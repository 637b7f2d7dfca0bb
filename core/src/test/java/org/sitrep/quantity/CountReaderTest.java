package org.sitrep.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Token;

/**
 * Counts of people read from the words of a sentence. The words are split the way CoreNLP splits
 * them ("twenty-five" becomes "twenty", "-", "five"); tags are not needed to read a count.
 */
class CountReaderTest {
    private static final Pattern WORD = Pattern.compile("\\d[\\d,]*\\d|\\w+|[^\\s\\w]");

    private final CountReader reader = new CountReader();

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(w, w.toLowerCase(Locale.ROOT), "", m.start(), m.end()));
        }
        return tokens;
    }

    private Count countOpening(String sentence) {
        return reader.readAt(tokens(sentence), 0);
    }

    @Test
    void atLeastKeepsTheStatedFigureAndBelongsToTheCount() {
        Count c = countOpening("At least 29 soldiers have been killed in Niger.");
        assertEquals(29, c.best());
        assertEquals(0, c.from());
        assertEquals(3, c.to());
        assertFalse(c.vague());
    }

    @Test
    void digitsWithThousandsSeparatorsAreOneNumber() {
        assertEquals(1500, countOpening("Some 1,500 troops are leaving Niger.").best());
    }

    @Test
    void aHyphenatedNumberSplitByTheTokenizerIsOneNumber() {
        Count c = countOpening("Twenty-five soldiers died in the ambush.");
        assertEquals(25, c.best());
        assertEquals(3, c.to());
    }

    @Test
    void severalDozenIsTwelveAndVague() {
        Count c = countOpening("Several dozen terrorists were also killed.");
        assertEquals(12, c.best());
        assertTrue(c.vague());
    }

    @Test
    void betweenTwoNumbersIsARangeWhoseCountIsTheLower() {
        Count c = countOpening("Between 10 and 15 people were killed in the clashes.");
        assertEquals(10, c.best());
        assertEquals(10, c.low());
        assertEquals(15, c.high());
        assertEquals(4, c.to());
    }

    @Test
    void hundredMultipliesTheNumberBeforeIt() {
        assertEquals(200, countOpening("Two hundred villagers fled to Djibo.").best());
    }

    @Test
    void aWordThatIsNoNumberIsNoCount() {
        assertNull(countOpening("The soldiers were killed by hundreds of jihadists."));
    }

    @Test
    void aSingleHyphenatedNumberWordHasItsValue() {
        assertEquals(25, CountReader.value("twenty-five"));
        assertNull(CountReader.value("five-year"));
    }
}
