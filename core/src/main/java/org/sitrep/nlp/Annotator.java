package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * CoreNLP, set up for Sitrep: tokens, sentences, part-of-speech tags and lemmas.
 *
 * <p>Why only these: the event rules need tags and lemmas; dates, numbers, actors and places are
 * read by Sitrep's own lexicons, which know the news conventions (weekdays look back, "several
 * dozen" is 12). Measured on the ACLED dev notes, adding CoreNLP's NER and dependency parser costs
 * most of the time of the default pipeline without improving any coded field (see README). One
 * instance is thread-safe and loads the models once; share it.
 */
public final class Annotator {
    private static volatile Annotator english;

    private final StanfordCoreNLP pipeline;

    private Annotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Returns the shared English annotator, loading the models on first use. */
    public static Annotator english() {
        Annotator a = english;
        if (a == null) {
            synchronized (Annotator.class) {
                a = english;
                if (a == null) english = a = new Annotator(englishProperties());
            }
        }
        return a;
    }

    static Properties englishProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Keep quotes and dashes as written so that evidence spans match the article.
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", "200");
        // for measuring other taggers (README, "Choices, measured"): -Dsitrep.pos.model=...
        String model = System.getProperty("sitrep.pos.model");
        if (model != null) props.setProperty("pos.model", model);
        return props;
    }

    /** Returns the annotated form of {@code text}. */
    public AnnotatedText annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                tokens.add(new Token(t.word(), lemma.toLowerCase(Locale.ROOT), t.tag(), t.beginPosition(), t.endPosition()));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), tokens));
        }
        return new AnnotatedText(text, sentences);
    }
}
