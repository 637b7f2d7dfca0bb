package org.sitrep.extract;

import org.sitrep.actor.ActorKind;
import org.sitrep.actor.ActorMention;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;
import org.sitrep.nlp.PhraseLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quantity.Deaths;
import org.sitrep.quantity.Side;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes one occurrence (a group of mentions) as an ACLED event: type and sub-type from its cues
 * and who was targeted, actors, fatalities, date, tags, notes and the evidence for each.
 */
final class EventCoder {
    private static final PhraseLexicon<String> TAGS =
            PhraseLexicon.load(EventCoder.class, "tags.tsv", cols -> cols[0]);

    private final NotesWriter notes = new NotesWriter();
    private final PhraseLexicon<String> tagWords;

    EventCoder() {
        this(org.sitrep.nlp.Language.ENGLISH);
    }

    /** Returns a coder whose tags are read from {@code language}'s words ({@code tags.fr.tsv}); tags keep ACLED's English. */
    EventCoder(org.sitrep.nlp.Language language) {
        this.tagWords = language == org.sitrep.nlp.Language.ENGLISH ? TAGS
                : PhraseLexicon.load(EventCoder.class, language.table("tags.tsv"), cols -> cols[0]);
    }

    /** The place already decided for the event, with its evidence. */
    record Located(Place place, Evidence evidence, Evidence countryEvidence) {
    }

    Event code(Article article, EventGrouper.Group group, Located located) {
        String body = article.body();
        List<Evidence> evidence = new ArrayList<>();
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        for (Mention m : group.mentions) cues.addAll(m.cues());
        String country = located.place().country();

        Fatalities fatalities = fatalities(group, evidence);
        Mention first = group.mentions.get(0);
        Sentence firstSentence = first.sentence();
        evidence.add(new Evidence("event_type", firstSentence.text(), firstSentence.start(), firstSentence.end()));

        Roles roles = roles(group);
        SubEventType sub = subType(cues, roles, fatalities, group);
        evidence.add(triggerEvidence(group, sub));
        Actor[] pair = actors(sub, roles, country, evidence);

        EventDate date = group.date;
        boolean dated = date != null;
        for (Mention m : group.mentions) {
            if (m.date() != null) {
                int s = m.sentence().start();
                evidence.add(Evidence.of("event_date", body, s + m.date().start(), s + m.date().end()));
                break;
            }
        }
        if (date == null) {
            date = new EventDate(article.published() != null ? article.published() : java.time.LocalDate.now(), TimePrecision.DAY);
        }
        if (located.evidence() != null) evidence.add(located.evidence());
        if (located.countryEvidence() != null) evidence.add(located.countryEvidence());

        List<String> tags = tags(group, sub, evidence);
        boolean civilianTargeting = sub.type() == EventType.VIOLENCE_AGAINST_CIVILIANS
                || sub.type() == EventType.EXPLOSIONS && pair[1].type() == ActorType.CIVILIANS;

        double confidence = confidence(group, cues, dated, fatalities, roles, located.place());
        // no date in the text and none for the article: the day is a guess, and so is the event
        if (!dated && article.published() == null) confidence = Math.max(0.05, Math.round((confidence - 0.3) * 100) / 100.0);
        String note = notes.write(date, sub, pair[0], pair[1], located.place(), fatalities);
        return new Event(null, article.id(), date, sub, pair[0], pair[1], civilianTargeting, located.place(),
                fatalities, tags, note, evidence, confidence, article.language(), article.source(),
                article.url() == null ? "" : article.url());
    }

    /** The event words behind the sub-event type: the first cue of the kind that decided it, else the first event word. */
    private static Evidence triggerEvidence(EventGrouper.Group group, SubEventType sub) {
        CueMatch chosen = null;
        Sentence where = null;
        for (Mention m : group.mentions) {
            for (CueMatch c : m.triggers()) {
                if (chosen == null || Mention.Family.of(c.cue(), m.cues()) == group.family() && c.cue().isWeapon()
                        && sub.type() == EventType.EXPLOSIONS && !chosen.cue().isWeapon()) {
                    chosen = c;
                    where = m.sentence();
                }
            }
        }
        int start = where.tokens().get(chosen.from()).start();
        int end = where.tokens().get(chosen.to() - 1).end();
        return new Evidence("sub_event_type", where.text().substring(start - where.start(), end - where.start()), start, end);
    }

    // ---- fatalities

    /**
     * ACLED: add up the deaths on all sides; a group named again ("the soldiers were killed") is not
     * counted twice, and an unquantified "were killed" counts only when no figure is given.
     */
    private static Fatalities fatalities(EventGrouper.Group group, List<Evidence> evidence) {
        Map<Side, Deaths> bySide = new EnumMap<>(Side.class);
        Map<Side, Integer> sentenceOf = new EnumMap<>(Side.class);
        for (Mention m : group.mentions) {
            for (Deaths d : m.deaths()) {
                Deaths known = bySide.get(d.side());
                if (known == null) {
                    if (d.definite() && !d.stated() && !bySide.isEmpty()) continue; // "the soldiers" again
                    bySide.put(d.side(), d);
                    sentenceOf.put(d.side(), m.sentence().start());
                } else if (d.stated() && (!known.stated() || d.count().best() > known.count().best()
                        && m.sentence().start() == sentenceOf.get(d.side()))) {
                    bySide.put(d.side(), d);
                    sentenceOf.put(d.side(), m.sentence().start());
                } else if (d.stated() && known.stated() && d.count().best() != known.count().best()) {
                    // reports that disagree: best stays the lowest credible, high the highest
                    Deaths lower = d.count().best() < known.count().best() ? d : known;
                    Deaths higher = lower == d ? known : d;
                    bySide.put(d.side(), new Deaths(new org.sitrep.quantity.Count(lower.count().best(),
                            Math.min(lower.count().low(), higher.count().low()), Math.max(lower.count().high(), higher.count().high()),
                            false, lower.count().from(), lower.count().to()), d.side(), lower.noun(), false, true,
                            lower.start(), lower.end()));
                }
            }
        }
        if (bySide.isEmpty()) return Fatalities.NONE;
        int best = 0, low = 0, high = 0;
        Deaths general = bySide.remove(Side.GENERAL);
        for (Deaths d : bySide.values()) {
            best += d.count().best();
            low += d.count().low();
            high += d.count().high();
        }
        if (general != null && general.count().best() > best) {
            best = general.count().best();
            low = general.count().low();
            high = Math.max(high, general.count().high());
        }
        if (general != null) bySide.put(Side.GENERAL, general);
        for (Mention m : group.mentions) {
            for (Deaths d : m.deaths()) {
                if (bySide.containsValue(d) || bySide.values().stream().anyMatch(x -> x.start() == d.start() && x.end() == d.end())) {
                    int s = m.sentence().start();
                    evidence.add(new Evidence("fatalities", m.sentence().text().substring(d.start(), d.end()), s + d.start(), s + d.end()));
                }
            }
        }
        return new Fatalities(best, Math.min(low, best), Math.max(high, best));
    }

    // ---- who did what to whom

    /** Doers and targets of the occurrence, with the sentence each was read from. */
    record Roles(List<Placed> doers, List<Placed> targets, Set<Side> victimSides, boolean mutual) {
        boolean targetsCivilians() {
            return targets.stream().anyMatch(p -> p.actor.kind().isCivilian()) || victimSides.contains(Side.CIVILIAN);
        }

        boolean targetsArmed() {
            return targets.stream().anyMatch(p -> p.actor.kind().isArmed())
                    || victimSides.contains(Side.STATE) || victimSides.contains(Side.ARMED);
        }
    }

    record Placed(ActorMention actor, Sentence sentence) {
    }

    private static Roles roles(EventGrouper.Group group) {
        List<Placed> doers = new ArrayList<>();
        List<Placed> targets = new ArrayList<>();
        Set<Side> victims = EnumSet.noneOf(Side.class);
        for (Mention m : group.mentions) {
            for (ActorMention a : m.actors()) {
                (a.agent() ? doers : targets).add(new Placed(a, m.sentence()));
            }
            for (Deaths d : m.deaths()) victims.add(d.side());
        }
        // Groups named around the event without an event word of their own ("JNIM claimed
        // responsibility", "presumed ISWAP militants made an incursion"): the likely doers.
        for (EventGrouper.Context c : group.context) {
            for (ActorMention a : c.actors()) {
                if (a.kind() == ActorKind.GROUP || a.kind() == ActorKind.ARMED || a.kind() == ActorKind.ETHNIC) {
                    doers.add(new Placed(a, c.sentence()));
                }
            }
        }
        return new Roles(doers, targets, victims, mutualFight(group));
    }

    static SubEventType subType(Set<Cue> cues, Roles roles, Fatalities fatalities, EventGrouper.Group group) {
        boolean violent = cues.contains(Cue.KILL) || cues.contains(Cue.ATTACK) || cues.contains(Cue.CLASH) || cues.contains(Cue.WOUND);
        boolean protest = cues.contains(Cue.PROTEST) || cues.contains(Cue.PROTEST_STRIKE) && !violent;
        if (cues.contains(Cue.MOB)) return SubEventType.MOB_VIOLENCE;
        if (protest || cues.contains(Cue.RIOT)) {
            boolean peaceful = cues.contains(Cue.PEACEFUL) && !cues.contains(Cue.RIOT);
            boolean protestersActed = roles.doers().stream().anyMatch(p -> p.actor().kind() == ActorKind.PROTESTER)
                    && (cues.contains(Cue.ATTACK) || cues.contains(Cue.OTHER));
            if (!peaceful && (cues.contains(Cue.RIOT) || protest && (cues.contains(Cue.LOOT) || cues.contains(Cue.CLASH)
                    || protestersActed))) {
                return SubEventType.VIOLENT_DEMONSTRATION;
            }
            if (roles.victimSides().contains(Side.PROTESTER) || fatalities.best() > 0) return SubEventType.EXCESSIVE_FORCE;
            if (cues.contains(Cue.INTERVENE) || cues.contains(Cue.ARREST)) return SubEventType.PROTEST_WITH_INTERVENTION;
            return SubEventType.PEACEFUL_PROTEST;
        }
        Mention.Family family = group.family();
        if (family == Mention.Family.AGREEMENT) return SubEventType.AGREEMENT;
        boolean clash = cues.contains(Cue.CLASH) && (roles.targetsArmed() || !roles.targetsCivilians() || roles.mutual()
                || armedParties(roles) >= 2);
        boolean harmed = cues.contains(Cue.KILL) || cues.contains(Cue.WOUND) || cues.contains(Cue.SEXUAL) || fatalities.best() > 0;
        // explosives found, defused, destroyed, or set off by those planting them
        if (cues.contains(Cue.EXPLOSIVE) && (cues.contains(Cue.DISRUPT) || cues.contains(Cue.DISRUPT_FIND)
                || cues.contains(Cue.PLANTING) && !assaulted(group))) {
            return SubEventType.DISRUPTED_WEAPONS_USE;
        }
        if (cues.contains(Cue.DISRUPT) && !harmed && !assaulted(group)) return SubEventType.DISRUPTED_WEAPONS_USE;
        if (roles.mutual() && roles.targetsArmed()) return SubEventType.ARMED_CLASH; // a ground battle, whatever weapons
        if (cues.contains(Cue.AIR) && !cues.contains(Cue.AIR_SUPPORT)) return SubEventType.AIR_DRONE_STRIKE;
        if (cues.contains(Cue.SHELL)) return SubEventType.SHELLING;
        if (cues.contains(Cue.GRENADE)) return SubEventType.GRENADE;
        if (cues.contains(Cue.CHEMICAL)) return SubEventType.CHEMICAL_WEAPON;
        if (cues.contains(Cue.SUICIDE) && !clash) return SubEventType.SUICIDE_BOMB;
        if (cues.contains(Cue.EXPLOSIVE) && !clash && !cues.contains(Cue.DISRUPT)) return SubEventType.REMOTE_EXPLOSIVE;
        if (cues.contains(Cue.SEXUAL)) return SubEventType.SEXUAL_VIOLENCE;
        if (cues.contains(Cue.ABDUCT) && !cues.contains(Cue.KILL)) return SubEventType.ABDUCTION;
        if (cues.contains(Cue.OVERTAKE)) return SubEventType.NON_STATE_OVERTAKES_TERRITORY;
        if (cues.contains(Cue.REGAIN)) return SubEventType.GOVERNMENT_REGAINS_TERRITORY;
        if (cues.contains(Cue.LOOT) && !harmed && !roles.mutual() && !roles.targetsArmed() && (!assaulted(group) || stole(group))) {
            return SubEventType.LOOTING; // a raid that only took or destroyed property
        }
        if (violent) {
            if (clash) return SubEventType.ARMED_CLASH;
            // an armed party attacked (a militia, a military post) makes it a battle, civilians around or not
            if (attackedArmed(group)) return SubEventType.ARMED_CLASH;
            if (roles.targetsArmed() && !roles.targetsCivilians()) return SubEventType.ARMED_CLASH;
            if (roles.targetsArmed() && roles.victimSides().contains(Side.STATE)) return SubEventType.ARMED_CLASH;
            if (!violentCueIsStrong(cues) && family != Mention.Family.VIOLENCE) return strategic(cues, family);
            return SubEventType.ATTACK;
        }
        if (cues.contains(Cue.ABDUCT)) return SubEventType.ABDUCTION;
        // ACLED: "arrests" by a non-state group are abductions
        if (cues.contains(Cue.ARREST) && !cues.contains(Cue.LOOT) && !cues.contains(Cue.DISRUPT)
                && roles.doers().stream().anyMatch(p -> !p.actor().kind().isState() && p.actor().kind().isArmed())
                && roles.doers().stream().noneMatch(p -> p.actor().kind().isState())) {
            return SubEventType.ABDUCTION;
        }
        return strategic(cues, family);
    }

    /** How many differently named armed parties the occurrence involves ("JNIM attacked; village self-defense repelled"). */
    private static long armedParties(Roles roles) {
        return java.util.stream.Stream.concat(roles.doers().stream(), roles.targets().stream())
                .filter(p -> p.actor().kind().isArmed()).map(p -> p.actor().name()).distinct().count();
    }

    /** Words for fighting between two sides ("clashed", "fighting between"), whoever they are. */
    private static final Set<String> MUTUAL = Set.of("clash", "clashes", "fight", "fighting", "gunfight", "firefight",
            "shootout", "skirmish", "battle", "conflict", "exchange", "exchanged", "crossfire");

    private static boolean mutualFight(EventGrouper.Group group) {
        for (Mention m : group.mentions) {
            for (CueMatch c : m.triggers()) {
                if (c.cue() == Cue.CLASH && MUTUAL.contains(m.sentence().tokens().get(c.from()).lemma())) return true;
                if (c.cue() == Cue.CLASH && MUTUAL.contains(m.sentence().tokens().get(c.from()).lower())) return true;
            }
        }
        return false;
    }

    /** "attacked a Dozo position", "ambushed an army patrol": an assault whose object is an armed party. */
    private static boolean attackedArmed(EventGrouper.Group group) {
        for (Mention m : group.mentions) {
            List<Token> tokens = m.sentence().tokens();
            for (CueMatch c : m.triggers()) {
                if (c.cue() != Cue.ATTACK && c.cue() != Cue.CLASH || !tokens.get(c.from()).isVerb()) continue;
                // the object of the verb: an armed party within a few words after it, before another clause
                for (ActorMention a : m.actors()) {
                    if (!a.agent() && a.kind().isArmed() && a.from() >= c.to() && a.from() - c.to() <= 4
                            && noClauseBetween(tokens, c.to(), a.from())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean noClauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.tag().equals(",") || t.lower().equals("and") || t.lower().equals("by")) return false;
        }
        return true;
    }

    /** Taking things: an attack that only stole is looting (ACLED), one that burned may be an attack. */
    private static final Set<String> THEFT = Set.of("seize", "seized", "steal", "stole", "stolen", "loot", "looted", "looting",
            "pillage", "pillaged", "plunder", "rustle", "rob", "robbed", "ransack", "ransacked", "extort", "extorted", "strip", "stripped");

    private static boolean stole(EventGrouper.Group group) {
        for (Mention m : group.mentions) {
            for (CueMatch c : m.triggers()) {
                Token t = m.sentence().tokens().get(c.from());
                if (c.cue() == Cue.LOOT && (THEFT.contains(t.lemma()) || THEFT.contains(t.lower()))) return true;
            }
        }
        return false;
    }

    /** Entering a place is not yet assaulting anyone: "made an incursion", "raided", "intercepted". */
    private static final Set<String> ENTRY = Set.of("incursion", "raid", "intercept", "storm");

    private static boolean assaulted(EventGrouper.Group group) {
        for (Mention m : group.mentions) {
            for (CueMatch c : m.triggers()) {
                if (c.cue() == Cue.ATTACK && !ENTRY.contains(m.sentence().tokens().get(c.from()).lemma())) return true;
            }
        }
        return false;
    }

    private static boolean violentCueIsStrong(Set<Cue> cues) {
        return cues.contains(Cue.KILL) || cues.contains(Cue.ATTACK);
    }

    private static SubEventType strategic(Set<Cue> cues, Mention.Family family) {
        if (cues.contains(Cue.DISRUPT) || cues.contains(Cue.DISRUPT_FIND) && cues.contains(Cue.EXPLOSIVE)) {
            return SubEventType.DISRUPTED_WEAPONS_USE;
        }
        if (cues.contains(Cue.LOOT)) return SubEventType.LOOTING;
        if (cues.contains(Cue.ARREST)) return SubEventType.ARRESTS;
        if (cues.contains(Cue.BASE)) return SubEventType.BASE_ESTABLISHED;
        if (cues.contains(Cue.WITHDRAW)) return SubEventType.TERRITORY_TRANSFER;
        if (cues.contains(Cue.CHANGE)) return SubEventType.CHANGE_TO_GROUP;
        return SubEventType.OTHER;
    }

    /** Chooses actor1 (who acted) and actor2 (the other side), ACLED style, filling the event's country. */
    private static Actor[] actors(SubEventType sub, Roles roles, String country, List<Evidence> evidence) {
        String c = country.isEmpty() ? "Unknown" : country;
        EventType type = sub.type();
        Placed doer = null, target = null;
        switch (type) {
            case PROTESTS -> {
                doer = first(roles, p -> p.actor.kind() == ActorKind.PROTESTER);
                if (sub != SubEventType.PEACEFUL_PROTEST) target = first(roles, p -> p.actor.kind().isState());
                Actor a1 = doer != null ? actor(doer, c, evidence, "actor1") : new Actor("Protesters (" + c + ")", ActorType.PROTESTERS);
                Actor a2 = target != null ? actor(target, c, evidence, "actor2") : Actor.NONE;
                return new Actor[]{a1, a2};
            }
            case RIOTS -> {
                doer = first(roles, p -> p.actor.kind() == ActorKind.RIOTER || p.actor.kind() == ActorKind.PROTESTER);
                Actor a1 = new Actor("Rioters (" + c + ")", ActorType.RIOTERS);
                if (doer != null) evidence.add(evidenceOf(doer, "actor1"));
                target = first(roles, p -> !p.actor.agent() && (p.actor.kind().isState() || p.actor.kind().isCivilian()));
                Actor a2 = target != null ? actor(target, c, evidence, "actor2")
                        : sub == SubEventType.MOB_VIOLENCE ? new Actor("Civilians (" + c + ")", ActorType.CIVILIANS) : Actor.NONE;
                return new Actor[]{a1, a2};
            }
            case STRATEGIC_DEVELOPMENTS -> {
                if (sub == SubEventType.AGREEMENT) {
                    doer = first(roles, p -> p.actor.kind().isState() || p.actor.kind() == ActorKind.GROUP);
                    Actor a1 = doer != null ? actor(doer, c, evidence, "actor1") : new Actor("Government of " + c, ActorType.STATE_FORCES);
                    return new Actor[]{a1, Actor.NONE};
                }
            }
            default -> {
            }
        }
        // violence and the rest: the doer is the first armed side that acted; a named group rather than
        // the generic "militants" that stand for it in the same sentence
        // who hit a mine or a roadside bomb suffered it: the state's convoy is a target, not the bomber
        boolean bomb = sub == SubEventType.REMOTE_EXPLOSIVE;
        doer = first(roles.doers(), p -> p.actor.kind().isArmed() && !(bomb && p.actor.kind().isState()));
        if (doer != null && doer.actor.kind() == ActorKind.ARMED) {
            Placed d = doer;
            Placed named = first(roles.doers(), p -> p.sentence == d.sentence
                    && (p.actor.kind() == ActorKind.GROUP || p.actor.kind() == ActorKind.ETHNIC));
            if (named != null) doer = named;
        }
        if (doer == null && type != EventType.VIOLENCE_AGAINST_CIVILIANS) {
            // a rebel or militia named elsewhere in the report ("JNIM claimed the attack"); never foreign troops or the state
            doer = first(roles.targets(), p -> p.actor.kind() == ActorKind.GROUP && p.actor.type().code() >= 2 && p.actor.type().code() <= 4);
        }
        boolean violence = type == EventType.BATTLES || type == EventType.VIOLENCE_AGAINST_CIVILIANS;
        if (doer == null && violence) {
            // villagers, farmers, youths who attack others act as a communal militia (ACLED inter 4)
            Placed civilians = first(roles.doers(), p -> p.actor.kind() == ActorKind.CIVILIAN);
            if (civilians != null) {
                Actor a1 = communal(civilians, c, evidence, "actor1");
                Placed victim = first(roles.targets(), p -> p.actor.kind().isCivilian() || p.actor.kind().isArmed());
                Actor a2 = victim == null ? new Actor("Civilians (" + c + ")", ActorType.CIVILIANS) : actor(victim, c, evidence, "actor2");
                return new Actor[]{a1, a2};
            }
        }
        final Placed chosen = doer;
        String doerName = doer == null ? "" : doer.actor.nameIn(c);
        boolean wantsCivilians = type == EventType.VIOLENCE_AGAINST_CIVILIANS;
        if (wantsCivilians) {
            target = first(roles.targets(), p -> p.actor.kind().isCivilian());
        } else if (type == EventType.BATTLES) {
            // the other side: state forces when non-state fighters attacked, else the named group before any fighters
            boolean stateDoer = doer != null && doer.actor.kind().isState();
            java.util.function.Predicate<Placed> other = p -> p.actor.kind().isArmed() && !p.actor.nameIn(c).equals(doerName);
            if (!stateDoer) target = first(roles.targets(), p -> other.test(p) && p.actor.kind().isState());
            if (target == null) target = first(roles.targets(), p -> other.test(p) && p.actor.kind() == ActorKind.GROUP);
            if (target == null) target = first(roles.targets(), other);
            if (target == null) {
                target = first(roles.doers(), p -> p != chosen && p.actor.kind().isArmed() && !p.actor.nameIn(c).equals(doerName));
            }
        } else {
            target = first(roles.targets(), p -> (p.actor.kind().isArmed() || p.actor.kind().isCivilian())
                    && !p.actor.nameIn(c).equals(doerName));
        }
        if (sub == SubEventType.ARMED_CLASH && roles.mutual()) {
            // farmers and herders who fight each other are communal militias (ACLED inter 4)
            if (doer != null && doer.actor.kind().isCivilian()) doer = null;
            if (doer == null) {
                Placed civ = first(roles, p -> p.actor.kind() == ActorKind.CIVILIAN);
                if (civ != null) return new Actor[]{communal(civ, c, evidence, "actor1"), communal(civ, c, evidence, "actor2")};
            }
        }
        Actor a1 = doer != null ? withAllies(actor(doer, c, evidence, "actor1"), doer, roles, c)
                : new Actor("Unidentified Armed Group (" + c + ")", ActorType.POLITICAL_MILITIA);
        if (doer == null && target != null && target.actor.kind() == ActorKind.ARMED && type == EventType.BATTLES
                && roles.victimSides().equals(Set.of(Side.ARMED))) {
            // "The clashes left eight militants dead": militants fought someone, most often the state's forces
            a1 = new Actor("Military Forces of " + c, ActorType.STATE_FORCES);
        }
        Actor a2;
        if (target != null) {
            a2 = actor(target, c, evidence, "actor2");
        } else if (bomb && first(roles.doers(), p -> p.actor.kind().isState()) != null) {
            a2 = actor(first(roles.doers(), p -> p.actor.kind().isState()), c, evidence, "actor2");
        } else if (type == EventType.EXPLOSIONS && !roles.victimSides().isEmpty()) {
            // the people a bomb or shell killed or hurt: soldiers are the state, anyone else civilians
            a2 = roles.victimSides().contains(Side.STATE) ? new Actor("Military Forces of " + c, ActorType.STATE_FORCES)
                    : roles.victimSides().contains(Side.ARMED) ? Actor.NONE : new Actor("Civilians (" + c + ")", ActorType.CIVILIANS);
        } else if (wantsCivilians || sub == SubEventType.LOOTING) {
            a2 = new Actor("Civilians (" + c + ")", ActorType.CIVILIANS);
        } else if (type == EventType.BATTLES) {
            // the side that lost people, when the words name no party: militiamen killed are a militia
            boolean stateLost = roles.victimSides().contains(Side.STATE) || !roles.victimSides().contains(Side.ARMED);
            a2 = a1.type() == ActorType.STATE_FORCES || !stateLost
                    ? new Actor("Unidentified Armed Group (" + c + ")", ActorType.POLITICAL_MILITIA)
                    : new Actor("Military Forces of " + c, ActorType.STATE_FORCES);
        } else {
            a2 = Actor.NONE;
        }
        if (a2.name().equals(a1.name()) && type != EventType.BATTLES) a2 = Actor.NONE;
        return new Actor[]{a1, a2};
    }

    /** "Malian soldiers and Wagner fighters fought...": other armed doers beside actor1 in its sentence are its allies. */
    private static Actor withAllies(Actor a1, Placed doer, Roles roles, String country) {
        List<String> allies = new ArrayList<>();
        for (Placed p : roles.doers()) {
            String name = p.actor.nameIn(country);
            if (p.sentence == doer.sentence && p.actor.kind().isArmed() && !name.equals(a1.name()) && !allies.contains(name)) {
                allies.add(name);
            }
        }
        return allies.isEmpty() ? a1 : new Actor(a1.name(), a1.type(), allies);
    }

    private static Actor communal(Placed p, String country, List<Evidence> evidence, String field) {
        evidence.add(evidenceOf(p, field));
        return new Actor("Unidentified Communal Militia (" + country + ")", ActorType.IDENTITY_MILITIA);
    }

    private static Actor actor(Placed p, String country, List<Evidence> evidence, String field) {
        evidence.add(evidenceOf(p, field));
        ActorType type = p.actor.type();
        String name = p.actor.nameIn(country);
        // ACLED: foreign forces are external (8) where they operate outside their own country
        if (type == ActorType.STATE_FORCES && !country.equals("Unknown") && !name.endsWith(" " + country) && !name.endsWith("(" + country + ")")
                && (name.startsWith("Military Forces of ") || name.startsWith("Police Forces of "))) {
            type = ActorType.EXTERNAL_FORCES;
        }
        return new Actor(name, type);
    }

    private static Evidence evidenceOf(Placed p, String field) {
        int s = p.sentence.start();
        return new Evidence(field, p.sentence.text().substring(p.actor.start(), p.actor.end()), s + p.actor.start(), s + p.actor.end());
    }

    private static Placed first(Roles roles, java.util.function.Predicate<Placed> test) {
        Placed p = first(roles.doers(), test);
        return p != null ? p : first(roles.targets(), test);
    }

    private static Placed first(List<Placed> list, java.util.function.Predicate<Placed> test) {
        for (Placed p : list) if (test.test(p)) return p;
        return null;
    }

    // ---- tags, confidence

    private List<String> tags(EventGrouper.Group group, SubEventType sub, List<Evidence> evidence) {
        Set<String> tags = new LinkedHashSet<>();
        for (Mention m : group.mentions) {
            Sentence s = m.sentence();
            for (PhraseLexicon.Match<String> t : tagWords.findAll(s.tokens())) {
                String tag = t.value();
                if (tag.equals("women targeted") && sub.type() != EventType.VIOLENCE_AGAINST_CIVILIANS) continue;
                if (tag.equals("landmine") && !s.tokens().get(t.from()).word().toLowerCase().startsWith("land")
                        && group.mentions.stream().noneMatch(x -> x.cues().contains(Cue.EXPLOSIVE))) continue;
                if (tags.add(tag)) {
                    int start = s.tokens().get(t.from()).start();
                    int end = s.tokens().get(t.to() - 1).end();
                    evidence.add(new Evidence("tags", s.text().substring(start - s.start(), end - s.start()), start, end));
                }
            }
        }
        return new ArrayList<>(tags);
    }

    private static double confidence(EventGrouper.Group group, Set<Cue> cues, boolean dated, Fatalities fatalities,
                                     Roles roles, Place place) {
        double c = 0.45;
        boolean verbTrigger = group.mentions.stream().anyMatch(m -> m.triggers().stream()
                .anyMatch(t -> m.sentence().tokens().get(t.from()).isVerb()));
        if (verbTrigger) c += 0.15;
        if (dated) c += 0.1;
        if (fatalities.best() > 0) c += 0.1;
        if (!roles.doers().isEmpty() || !roles.targets().isEmpty()) c += 0.05;
        if (!place.location().isEmpty()) c += 0.05;
        if (group.mentions.size() > 1) c += 0.05;
        if (cues.contains(Cue.TREND) || cues.contains(Cue.FUTURE)) c -= 0.15;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
