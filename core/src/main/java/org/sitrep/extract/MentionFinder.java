package org.sitrep.extract;

import org.sitrep.actor.ActorFinder;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlacePhraseFinder;
import org.sitrep.nlp.Language;
import org.sitrep.nlp.PhraseLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.Voice;
import org.sitrep.quantity.Deaths;
import org.sitrep.quantity.FatalityCounter;
import org.sitrep.time.DateMention;
import org.sitrep.time.DateResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences that report an event, and reads each one's cues, date, deaths and actors.
 * Trends ("attacks have risen"), plans ("will withdraw", "to fight"), ongoing background ("have
 * been fighting the insurgency") and events placed only by a year are not events (EVENT-SCHEMA.md).
 */
final class MentionFinder {
    private static final PhraseLexicon<Cue> CUES =
            PhraseLexicon.load(MentionFinder.class, "cues.tsv", cols -> Cue.valueOf(cols[0]));
    /** Weapon words that only qualify an event: an aircraft or a suicide is not an attack by itself. */
    private static final Set<String> NOT_EVENTS_BY_THEMSELVES = Set.of("mine", "aircraft", "helicopter", "jet", "warplane",
            "fighter jet", "suicide", "kamikaze", "aerial", "heavy weapon", "explosive", "drone", "missile");
    private static final Set<String> NEW_OCCURRENCE = Set.of("another", "separate", "second", "third", "new", "other", "earlier");
    private static final Set<String> SUBORDINATE_TIME = Set.of("since", "until", "before");
    private static final java.util.regex.Pattern UNCLAIMED = java.util.regex.Pattern.compile(
            "\\b(?:no one|nobody|no group|no one group)\\b[^.;]*\\bclaim", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** French: "aucun groupe n'a revendiqué", "l'attaque n'a pas été revendiquée". */
    private static final java.util.regex.Pattern UNCLAIMED_FR = java.util.regex.Pattern.compile(
            "\\b(?:aucun(?:e)?\\b[^.;]*\\brevendiqu|n['’](?:a|ont)\\s+pas\\s+(?:encore\\s+)?été\\s+revendiqu)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final Set<String> PLAN_VERBS = Set.of("threaten", "threatened", "plan", "vow", "intend", "promise",
            "want", "prepare", "seek", "aim", "decide", "refuse", "order", "pledge", "warn", "call");

    private final Language language;
    private final PhraseLexicon<Cue> cueWords;
    private final DateResolver dates;
    private final FatalityCounter fatalities;
    private final ActorFinder actors;
    private final PlacePhraseFinder places;

    MentionFinder(ActorFinder actors, PlacePhraseFinder places) {
        this(Language.ENGLISH, actors, places);
    }

    /** Returns a finder of the event mentions of {@code language}, with its cue table ({@code cues.fr.tsv}) and readers. */
    MentionFinder(Language language, ActorFinder actors, PlacePhraseFinder places) {
        this.language = language;
        this.cueWords = language == Language.ENGLISH ? CUES
                : PhraseLexicon.load(MentionFinder.class, language.table("cues.tsv"), cols -> Cue.valueOf(cols[0]));
        this.dates = new DateResolver(language);
        this.fatalities = new FatalityCounter(language);
        this.actors = actors;
        this.places = places;
    }

    /** Returns true when {@code sentence} speaks of trends or plans ("a surge in violence", "will deploy"). */
    boolean isTrendOrPlan(Sentence sentence) {
        for (PhraseLexicon.Match<Cue> m : cueWords.findAll(sentence.tokens())) {
            if (m.value() == Cue.TREND || m.value() == Cue.FUTURE) return true;
        }
        return sentence.tokens().stream().anyMatch(t -> t.tag().equals("MD"));
    }

    /** Returns the event mention of {@code sentence}, or null when it reports no event. */
    Mention find(Sentence sentence, LocalDate published) {
        List<Token> tokens = sentence.tokens();
        List<CueMatch> all = new ArrayList<>();
        for (PhraseLexicon.Match<Cue> m : cueWords.findAll(tokens)) {
            CueMatch c = new CueMatch(m.value(), m.from(), m.to());
            if (isCueUse(c, tokens)) all.add(c);
        }
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        all.forEach(c -> cues.add(c.cue()));
        DateMention date = date(sentence, published);
        boolean vagueOnly = date == null && hasVagueDate(sentence, published);
        if (vagueOnly) return null; // "spilled over from Mali in 2015": placed by a year at most
        if (date != null && published != null && date.date().date().isBefore(published.minusYears(1))) return null;
        List<CueMatch> triggers = new ArrayList<>();
        for (CueMatch c : all) {
            if (isTrigger(c, tokens, cues, date != null)) triggers.add(c);
        }
        if (triggers.isEmpty()) return null;
        dropBackground(triggers, tokens);
        if (cues.contains(Cue.AGREE) && !cues.contains(Cue.AGREEMENT_NOUN)) {
            triggers.removeIf(c -> c.cue() == Cue.AGREE);
            if (triggers.isEmpty()) return null;
        }
        // doers and targets are read around the main verb ("In a separate attack, gunmen killed two traders")
        // an event word that was not taken as a trigger ("suspected of planning attacks") does not type the event
        for (CueMatch c : all) {
            if (c.cue().isEventKind() && triggers.stream().noneMatch(t -> t.cue() == c.cue())) cues.remove(c.cue());
        }
        int trigger = triggers.stream().filter(c -> tokens.get(c.from()).isVerb()).findFirst().orElse(triggers.get(0)).from();
        List<Deaths> deaths = fatalities.count(sentence);
        // "Nobody has claimed the attack": the parties named after that are background, not this event's
        java.util.regex.Pattern unclaimed = language == Language.FRENCH ? UNCLAIMED_FR : UNCLAIMED;
        boolean[] eventWords = new boolean[tokens.size()];
        for (CueMatch c : all) for (int i = c.from(); i < c.to(); i++) eventWords[i] = true;
        List<ActorMention> named = unclaimed.matcher(sentence.text()).find() ? List.of()
                : actors.find(sentence, trigger, eventWords);
        // a blockade, a ban, a curfew, a threat is an event when an armed party or the state imposes it
        if (triggers.stream().allMatch(c -> c.cue() == Cue.OTHER)
                && named.stream().noneMatch(a -> a.kind().isArmed() || a.kind().isState())) {
            return null;
        }
        return new Mention(sentence, cues, triggers, date, deaths, named, isNewOccurrence(tokens, triggers, language),
                date == null ? dayAfterEarlier(sentence.text(), language == Language.FRENCH ? SAME_DAY_FR : SAME_DAY) : null,
                places.find(sentence.text()));
    }

    /** Drops cue words used otherwise: "March" the month, "struck" a mine (not a strike), "mine" of gold. */
    private static boolean isCueUse(CueMatch c, List<Token> tokens) {
        Token t = tokens.get(c.from());
        boolean acronym = t.word().length() > 1 && t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT));
        if (t.isProperNoun() && !acronym && c.to() - c.from() == 1) return false;
        if (c.cue() == Cue.PROTEST_STRIKE) {
            String prev = c.from() > 0 ? tokens.get(c.from() - 1).lower() : "";
            return t.isNoun() && !prev.equals("air") && !prev.equals("drone");
        }
        if (c.cue() == Cue.LOOT && c.to() < tokens.size()
                && Set.of("tire", "tires", "tyres", "tyre", "images", "image", "effigy", "effigies", "flag", "flags", "portraits")
                .contains(tokens.get(c.to()).lower())) {
            return false; // burning tyres or effigies is how a protest is held, not looting
        }
        if (c.cue() == Cue.EXPLOSIVE && t.lower().equals("mine")) {
            String prev = c.from() > 0 ? tokens.get(c.from() - 1).lower() : "";
            return !Set.of("gold", "the", "mining", "coal", "copper", "jade", "artisanal").contains(prev);
        }
        return true;
    }

    private boolean isTrigger(CueMatch c, List<Token> tokens, Set<Cue> cues, boolean dated) {
        Token t = tokens.get(c.from());
        Cue cue = c.cue();
        switch (cue) {
            case TREND, FUTURE, PEACEFUL, PLANTING, CHANGE_WEAK, AGREEMENT_NOUN, DISRUPT_FIND, AIR_SUPPORT -> {
                return false;
            }
            case INTERVENE -> {
                // "police fired tear gas" reports a dispersal; "villagers dispersed into the bush" does not
                if (t.isVerb()) return false;
            }
            case PROTEST_STRIKE -> {
                String prev = c.from() > 0 ? tokens.get(c.from() - 1).lower() : "";
                if (!(prev.equals("on") || prev.equals("general") || prev.equals("hunger"))) return false;
            }
            case EXPLOSIVE, SUICIDE, AIR, SHELL, GRENADE, CHEMICAL -> {
                String phrase = phrase(tokens, c).toLowerCase(java.util.Locale.ROOT);
                if (!t.isVerb() && NOT_EVENTS_BY_THEMSELVES.contains(phrase)) return false;
            }
            case WOUND -> {
                if (!t.isVerb()) return false;
            }
            case OTHER -> {
                // "imposed a curfew", "threatened voters"; not "after being blockaded"
                if (t.isVerb() && Voice.isPassive(tokens, c.from())) return false;
            }
            case WITHDRAW -> {
                if (!t.tag().equals("VBD") && !(t.tag().equals("VBN") && Voice.isPassive(tokens, c.from()))) return false;
            }
            case DISRUPT -> {
                // "discovered" an IED, "defused" one: a find or a defusal of weapons
            }
            default -> {
            }
        }
        if (cue == Cue.DISRUPT || cue == Cue.LOOT || cue == Cue.ARREST) {
            if (!t.isVerb() && !t.isNoun()) return false;
        }
        // "threatened to attack", "vowed to retaliate": the infinitive of a plan, whatever its tag
        if (c.from() > 1 && tokens.get(c.from() - 1).lower().equals("to")
                && PLAN_VERBS.contains(tokens.get(c.from() - 2).lemma())) {
            return false;
        }
        // another language's plan: an infinitive after "pour", "à", "de" ("pour combattre les jihadistes")
        if (language != Language.ENGLISH && t.tag().equals("VB") && c.from() > 0
                && language.is("infinitive", tokens.get(c.from() - 1).lower())) {
            return false;
        }
        // plans and duties: "to fight", "will withdraw", "could attack"
        if (t.isVerb() && c.from() > 0) {
            for (int i = c.from() - 1; i >= Math.max(0, c.from() - 3); i--) {
                Token p = tokens.get(i);
                if (p.tag().equals("MD") || p.lower().equals("to") && i == c.from() - 1 && t.tag().equals("VB")) return false;
                if (p.lemma().equals("plan") || p.lemma().equals("threaten") || p.lemma().equals("vow")) return false;
                if (!p.tag().startsWith("RB") && !p.lemma().equals("be") && !p.lemma().equals("have")) break;
            }
            // ongoing background: "have been fighting the insurgency"
            if (t.tag().equals("VBG") && c.from() > 0 && tokens.get(c.from() - 1).lower().equals("been")) return false;
            // present progressive of a plan: "France is withdrawing its troops ... before the end of the year"
            if (t.tag().equals("VBG") && c.from() > 0 && Set.of("is", "are").contains(tokens.get(c.from() - 1).lower())
                    && !cue.isViolent()) {
                return false;
            }
        }
        // trends: "Jihadist attacks on the army have risen", "a surge in violence"
        if (cues.contains(Cue.TREND) && !dated && (t.tag().equals("NNS") || t.isNoun() && !cues.contains(Cue.KILL))) return false;
        if (t.tag().equals("NN") && cue == Cue.ATTACK && t.lower().equals("target")) return false;
        return true;
    }

    /**
     * "established a base in response to a recent massacre": when a verb reports the event, an
     * event noun in a cause phrase is background, not another event.
     */
    private static void dropBackground(List<CueMatch> triggers, List<Token> tokens) {
        // "suspected of planning attacks", "accused of the killing": a charge, not an occurrence
        triggers.removeIf(c -> !tokens.get(c.from()).isVerb() && afterChargePhrase(tokens, c.from()));
        if (triggers.stream().noneMatch(c -> tokens.get(c.from()).isVerb())) return;
        triggers.removeIf(c -> !tokens.get(c.from()).isVerb() && afterCausePhrase(tokens, c.from()));
    }

    private static final Set<String> CHARGES = Set.of("planning", "plotting", "preparing", "suspected", "accused",
            "convicted", "charged", "involvement", "responsible", "financing", "funding");

    private static boolean afterChargePhrase(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
            if (CHARGES.contains(tokens.get(i).lower())) return true;
            if (tokens.get(i).isVerb() && !tokens.get(i).tag().equals("VBG")) return false;
        }
        return false;
    }

    private static boolean afterCausePhrase(List<Token> tokens, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 5); i--) {
            String w = tokens.get(i).lower();
            if ((w.equals("to") || w.equals("for")) && i > 0
                    && Set.of("response", "reaction", "retaliation", "reprisal").contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile(
            "\\b(?:(the same day|that day|that same day)|(the (?:following|next) day|the day after)|(the (?:previous|preceding) day|the day before))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "the same day" = 0, "the following day" = 1, "the day before" = -1, relative to the event told before; else null. */
    /** French: "le même jour", "le lendemain", "la veille". */
    private static final java.util.regex.Pattern SAME_DAY_FR = java.util.regex.Pattern.compile(
            "\\b(?:(le même jour|ce même jour|ce jour-là)|(le lendemain|le jour suivant)|(la veille))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static Integer dayAfterEarlier(String text, java.util.regex.Pattern sameDay) {
        java.util.regex.Matcher m = sameDay.matcher(text);
        if (!m.find()) return null;
        return m.group(1) != null ? 0 : m.group(2) != null ? 1 : -1;
    }

    private DateMention date(Sentence sentence, LocalDate published) {
        for (DateMention m : dates.find(sentence.text(), published)) {
            if (m.isVague() || inSubordinateTime(sentence.text(), m.start(), language)) continue;
            if (published != null && m.date().date().isAfter(published)) continue;
            return m;
        }
        return null;
    }

    private boolean hasVagueDate(Sentence sentence, LocalDate published) {
        for (DateMention m : dates.find(sentence.text(), published)) {
            if (m.isVague() && !inSubordinateTime(sentence.text(), m.start(), language)) return true;
        }
        return false;
    }

    /** "the deadliest attack since the army staged a coup in July": the date belongs to the "since" clause. */
    private static boolean inSubordinateTime(String text, int start, Language language) {
        String before = text.substring(0, start);
        boolean english = language == Language.ENGLISH;
        String[] words = before.toLowerCase(java.util.Locale.ROOT).split(english ? "[^a-z']+" : "[^\\p{L}'’]+");
        Set<String> subordinate = english ? SUBORDINATE_TIME : language.words("subordinate-time");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
            if (subordinate.contains(words[i])) return true;
        }
        return false;
    }

    private static boolean isNewOccurrence(List<Token> tokens, List<CueMatch> triggers, Language language) {
        Set<String> words = language == Language.ENGLISH ? NEW_OCCURRENCE : language.words("new-occurrence");
        for (CueMatch c : triggers) {
            for (int i = c.from() - 1; i >= Math.max(0, c.from() - 3); i--) {
                if (words.contains(tokens.get(i).lower())) return true;
            }
        }
        return false;
    }

    static String phrase(List<Token> tokens, CueMatch c) {
        StringBuilder b = new StringBuilder();
        for (int i = c.from(); i < c.to(); i++) {
            if (i > c.from()) b.append(' ');
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }
}
