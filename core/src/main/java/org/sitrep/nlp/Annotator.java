package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final Map<Language, Annotator> LOADED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP pipeline;
    private final Language language;

    private Annotator(Properties props, Language language) {
        this.pipeline = new StanfordCoreNLP(props);
        this.language = language;
    }

    /** Returns the shared English annotator, loading the models on first use. */
    public static Annotator english() {
        return of(Language.ENGLISH);
    }

    /**
     * Returns the shared French annotator, loading CoreNLP's French tokenizer and tagger (the
     * {@code models-french} jar) on first use only, so that English-only runs never pay for them.
     */
    public static Annotator french() {
        return of(Language.FRENCH);
    }

    /** Returns the shared annotator of {@code language}, loading its models once, on first use. */
    public static Annotator of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Annotator(
                l == Language.FRENCH ? frenchProperties() : englishProperties(), l));
    }

    /** Whether the French models have been loaded in this process (they load on the first French article). */
    public static boolean frenchLoaded() {
        return LOADED.containsKey(Language.FRENCH);
    }

    /**
     * CoreNLP's French tokenizer and its UD tagger, without the multi-word token splitter ("du" →
     * "de le"), whose split words would share one span of the text, nor NER and parsing, which no
     * rule reads (as for English). CoreNLP has no French lemmatizer: lemmas come from
     * {@code lemmas.fr.tsv} (FrenchTags).
     */
    static Properties frenchProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("tokenize.language", "fr");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", "200");
        return props;
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
            List<Token> tokens = language == Language.FRENCH ? french(s) : new ArrayList<>();
            if (language == Language.ENGLISH) {
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    String lemma = t.lemma() == null ? t.word() : t.lemma();
                    tokens.add(new Token(t.word(), lemma.toLowerCase(Locale.ROOT), t.tag(), t.beginPosition(), t.endPosition()));
                }
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), tokens));
        }
        return new AnnotatedText(text, sentences);
    }

    private static List<Token> french(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> words = new ArrayList<>(labels.size());
        List<String> tags = new ArrayList<>(labels.size());
        int[] starts = new int[labels.size()];
        int[] ends = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel t = labels.get(i);
            words.add(t.word());
            tags.add(t.tag());
            starts[i] = t.beginPosition();
            ends[i] = t.endPosition();
        }
        return FrenchTags.read(words, tags, starts, ends);
    }
}
