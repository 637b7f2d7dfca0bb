package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses, for each place name of one text, the place it means, by what the writer would expect a
 * reader to know:
 * <ol>
 * <li>what the name is: a country's name or its people's is the country; a first-level area
 * comes before a second-level one, and both before a town of the same name; a capital or regional
 * seat before a village; a larger town before a smaller one; a place's own name before another
 * language's name for it;</li>
 * <li>the words beside it: an area named after it ("Paris, Texas", "Seme (Toeni, Sourou)"), or
 * a word that makes it an area ("Tahoua region") or a town ("the town of Hinton");</li>
 * <li>the rest of the text: the countries the text is about (the countries of the other names'
 * places, and country names and demonyms outside the given names), an area another name names
 * that the place lies in ("Atlanta" makes "Georgia" the US state, "Texas" puts "Paris" there),
 * and the other places near it (within about 500 km).</li>
 * </ol>
 * The other names' places are themselves chosen by the same rules, so the choice is repeated a
 * few times, starting from the choice without context. All occurrences of one name in a text
 * mean the same place.
 */
final class PlaceChooser {

    /** One place name of the text with what could be read from it alone. */
    record Mention(int start, int end, String written, String key, List<Candidate> candidates, BesideWords beside) {
    }

    /**
     * The place chosen for a mention: its candidate (null when it had none), its score, how much
     * of that score came from the words beside it and the other names' places, how sure the
     * choice is of its country (0 to 1), how much the text is about that country, and how many
     * other candidates the name had.
     */
    record Choice(Candidate candidate, double score, double support, double certainty, double countrySupport,
                  int alternatives) {
        static final Choice NONE = new Choice(null, 0, 0, 0, 0, 0);
    }

    // Scores are in points, like log-odds: a country's own name is worth about as much as a capital
    // of ten million; a town gains 0.8 a tenfold of people. What the name is:
    static final double COUNTRY_NAME = 11;
    static final double COUNTRY_OTHER_NAME = 9.5;
    static final double DEMONYM = 11;
    static final double WORLD_REGION = 10;
    static final double ABBREVIATION = 9.5;
    static final double GAZETTEER_COUNTRY = 9;
    static final double ADMIN1 = 6.5;
    static final double ADMIN2 = 4.5;
    static final double AREA_PEOPLE = 0.25;
    static final double TOWN = 1;
    static final double TOWN_PEOPLE = 0.8;
    static final double CAPITAL = 3.5;
    static final double REGIONAL_SEAT = 1;
    static final double DISTRICT_SEAT = 0.5;
    static final double ALTERNATE_NAME = -2;
    static final double PART = -1.5;

    // What the words beside it say: its area, its country, a town near it; an area or a town word.
    static final double NAMED_AREA_BESIDE = 6;
    static final double NAMED_COUNTRY_BESIDE = 4;
    /** A name in a list of its kind: "Georgia, Armenia and Azerbaijan", "Ohio, Indiana, Illinois". */
    static final double SIBLING_BESIDE = 3;
    static final double NAMED_TOWN_NEAR = 4;
    static final double NEAR_BESIDE_KM = 60;
    static final double AREA_WORD = 4;
    static final double TOWN_WORD = 3;

    // What the rest of the text says: its country's share of the text's places; an area named
    // elsewhere that it lies in (chosen there, or only possible there); places named elsewhere
    // inside it or near it.
    static final double COUNTRY_SHARE = 4;
    static final double COUNTRY_PRESENT = 1;
    /** Mentions the country share starts from, so that a few unsure names do not make a text's country. */
    static final double COUNTRY_PRIOR_COUNT = 2;
    static final double INSIDE_CHOSEN_AREA = 3;
    static final double INSIDE_OTHER_AREA = 1.5;
    static final double CONTAINS_PLACE = 1.5;
    static final double NEAR = 3;
    static final double NEAR_CAP = 4.5;
    static final double NEAR_KM = 500;
    static final double SAME_AREA_KM = 50;
    static final double FAR_CLOSENESS = 0.6;
    static final double PLAUSIBLE_GAP = 3;
    static final int SOFT_CANDIDATES = 12;
    static final int ROUNDS = 3;

    private final CandidateLookup lookup;

    PlaceChooser(CandidateLookup lookup) {
        this.lookup = lookup;
    }

    /** The mentions of one name, and what their words beside say together. */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        final Map<String, Candidate> candidates = new LinkedHashMap<>();
        BesideWords beside = BesideWords.NONE;
        Hints hints;
        /** Candidate identity → closeness to a plausible candidate of each group (by index). */
        final Map<String, double[]> near = new HashMap<>();
        Choice choice = Choice.NONE;
    }

    /** Returns the choice for each mention, in the mentions' order. */
    List<Choice> choose(String text, List<Mention> mentions) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Group g = byKey.computeIfAbsent(m.key(), k -> new Group());
            g.members.add(i);
            for (Candidate c : m.candidates()) {
                g.candidates.putIfAbsent(c.identity(), c);
            }
            g.beside = g.beside.and(m.beside());
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        for (Group g : groups) {
            g.hints = hints(g.beside, g);
        }
        softCloseness(groups);
        // first without the other names' places, then with them, until no choice changes
        Map<String, Double> outside = countriesOutside(text, mentions);
        for (Group g : groups) {
            g.choice = best(g, outside, groups);
        }
        for (int round = 0; round < ROUNDS; round++) {
            boolean changed = false;
            for (Group g : groups) {
                Choice next = best(g, evidence(groups, g, outside), groups);
                changed |= next.candidate() != g.choice.candidate();
                g.choice = next;
            }
            if (!changed) {
                break;
            }
        }
        Choice[] choices = new Choice[mentions.size()];
        for (Group g : groups) {
            for (int i : g.members) {
                choices[i] = g.choice;
            }
        }
        return List.of(choices);
    }

    /** Country names and demonyms of the text that no mention covers: what the text is about, besides its mentions. */
    private Map<String, Double> countriesOutside(String text, List<Mention> mentions) {
        Map<String, Double> counts = new HashMap<>();
        for (CountryMention cm : lookup.countries().find(text)) {
            boolean covered = false;
            for (Mention m : mentions) {
                covered |= m.start() < cm.end() && cm.start() < m.end();
            }
            if (!covered) {
                counts.merge(cm.country().iso2(), 1.0, Double::sum);
            }
        }
        return counts;
    }

    /** How often each country is the country of the other groups' chosen places, plus the uncovered country names. */
    private static Map<String, Double> evidence(List<Group> groups, Group self, Map<String, Double> outside) {
        Map<String, Double> counts = new HashMap<>(outside);
        for (Group g : groups) {
            if (g == self || g.choice.candidate() == null) {
                continue;
            }
            String country = g.choice.candidate().entry().countryCode();
            if (!country.isEmpty()) {
                counts.merge(country, g.choice.certainty() * Math.min(3, g.members.size()), Double::sum);
            }
        }
        return counts;
    }

    /** The best candidate of a group given how often the text names each country ({@code evidence}). */
    private Choice best(Group g, Map<String, Double> evidence, List<Group> groups) {
        Choice best = Choice.NONE;
        double total = 0;
        for (double v : evidence.values()) {
            total += v;
        }
        List<Candidate> candidates = new ArrayList<>(g.candidates.values());
        double[] scores = new double[candidates.size()];
        boolean countryName = false;
        for (Candidate c : candidates) {
            countryName |= c.reading() == Candidate.Reading.COUNTRY_NAME || c.reading() == Candidate.Reading.DEMONYM;
        }
        for (int i = 0; i < scores.length; i++) {
            Candidate c = candidates.get(i);
            if (countryName && local(c.entry()) && !namedBeside(c, g)) {
                // a country's name means a town of that name only when the words beside say so ("Turkey, Texas")
                scores[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double beside = besideScore(c, g);
            double local = localScore(c, g, groups);
            double country = countryScore(c, evidence, total);
            scores[i] = prior(c) + beside + country + local;
            if (best.candidate() == null || scores[i] > best.score()) {
                best = new Choice(c, scores[i], beside + local, 0, country, 0);
            }
        }
        if (best.candidate() == null) {
            return best;
        }
        // how sure the choice is of its country: the share of the country's candidates in exp(score)
        double all = 0;
        double same = 0;
        for (int i = 0; i < scores.length; i++) {
            double w = Math.exp(scores[i] - best.score());
            all += w;
            if (candidates.get(i).entry().countryCode().equals(best.candidate().entry().countryCode())) {
                same += w;
            }
        }
        return new Choice(best.candidate(), best.score(), best.support(), same / all, best.countrySupport(),
                candidates.size() - 1);
    }

    /** What the name and the kind of place say, before any context. */
    static double prior(Candidate c) {
        GazetteerEntry e = c.entry();
        double people = Math.log10(Math.max(1, e.population()));
        double score = switch (c.reading()) {
            case COUNTRY_NAME -> COUNTRY_NAME;
            case COUNTRY_OTHER_NAME -> COUNTRY_OTHER_NAME;
            case DEMONYM -> DEMONYM;
            case WORLD_REGION -> WORLD_REGION;
            case ABBREVIATION -> ABBREVIATION;
            case NAME, ALTERNATE_NAME, PART -> switch (e.level()) {
                case COUNTRY -> GAZETTEER_COUNTRY;
                case ADMIN1 -> ADMIN1 + AREA_PEOPLE * people;
                case ADMIN2 -> ADMIN2 + AREA_PEOPLE * people;
                case PLACE -> TOWN + TOWN_PEOPLE * people + switch (e.featureCode()) {
                    case "PPLC" -> CAPITAL;
                    case "PPLA" -> REGIONAL_SEAT;
                    case "PPLA2" -> DISTRICT_SEAT;
                    default -> 0;
                };
            };
        };
        if (c.reading() == Candidate.Reading.ALTERNATE_NAME && e.level() != PlaceLevel.COUNTRY) {
            score += ALTERNATE_NAME;
        } else if (c.reading() == Candidate.Reading.PART) {
            score += PART;
        }
        return score;
    }

    /**
     * What the names beside the place say: the areas, countries and towns named after it, and the
     * regions and countries of a list it stands in.
     */
    private record Hints(List<String[]> admin1, List<String[]> admin2, List<String> countries,
                         List<GazetteerEntry> towns, List<String[]> siblingAdmin1, List<String> siblingCountries) {
    }

    private Hints hints(BesideWords beside, Group self) {
        Hints h = new Hints(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (String name : beside.names()) {
            for (Candidate c : lookup.candidates(name)) {
                if (self.candidates.containsKey(c.identity())) {
                    continue;
                }
                GazetteerEntry e = c.entry();
                switch (e.level()) {
                    case COUNTRY -> {
                        if (!e.countryCode().isEmpty()) h.countries().add(e.countryCode());
                    }
                    case ADMIN1 -> h.admin1().add(new String[]{e.countryCode(), Gazetteer.areaKey(e.name())});
                    case ADMIN2 -> h.admin2().add(new String[]{e.countryCode(), Gazetteer.areaKey(e.name())});
                    case PLACE -> {
                        if (h.towns().size() < 10) h.towns().add(e);
                    }
                }
            }
        }
        h.siblingAdmin1().addAll(h.admin1());
        h.siblingCountries().addAll(h.countries());
        for (String name : beside.siblings()) {
            for (Candidate c : lookup.candidates(name)) {
                GazetteerEntry e = c.entry();
                if (e.level() == PlaceLevel.ADMIN1) {
                    h.siblingAdmin1().add(new String[]{e.countryCode(), Gazetteer.areaKey(e.name())});
                } else if (e.level() == PlaceLevel.COUNTRY && !e.countryCode().isEmpty()) {
                    h.siblingCountries().add(e.countryCode());
                }
            }
        }
        return h;
    }

    /** Whether the names beside the mention name the candidate's area, country or a town by it. */
    private static boolean namedBeside(Candidate c, Group g) {
        return namedScore(c, g.hints) > 0;
    }

    private static double besideScore(Candidate c, Group g) {
        GazetteerEntry e = c.entry();
        double score = namedScore(c, g.hints);
        boolean area = e.level() == PlaceLevel.ADMIN1 || e.level() == PlaceLevel.ADMIN2;
        if (g.beside.area()) {
            score += area ? AREA_WORD : e.level() == PlaceLevel.COUNTRY ? -AREA_WORD : 0;
        }
        if (g.beside.town() && e.level() == PlaceLevel.PLACE) {
            score += TOWN_WORD;
        }
        return score;
    }

    /** What the names beside the mention say of the candidate: its area, its country or a town near it. */
    private static double namedScore(Candidate c, Hints h) {
        GazetteerEntry e = c.entry();
        double named = 0;
        if (e.level() == PlaceLevel.COUNTRY && !e.countryCode().isEmpty()) {
            for (String other : h.siblingCountries()) {
                if (!other.equals(e.countryCode())) {
                    named = SIBLING_BESIDE;
                }
            }
        } else if (e.level() == PlaceLevel.ADMIN1) {
            String key = Gazetteer.areaKey(e.name());
            for (String[] a : h.siblingAdmin1()) {
                if (a[0].equals(e.countryCode()) && !a[1].equals(key)) {
                    named = SIBLING_BESIDE;
                }
            }
        }
        if (e.level() != PlaceLevel.COUNTRY) {
            if (e.level() != PlaceLevel.ADMIN1 && containsArea(h.admin1(), e.countryCode(), e.admin1())) {
                named = NAMED_AREA_BESIDE;
            }
            if (e.level() == PlaceLevel.PLACE && containsArea(h.admin2(), e.countryCode(), e.admin2())) {
                named = NAMED_AREA_BESIDE;
            }
            if (named < NAMED_COUNTRY_BESIDE && h.countries().contains(e.countryCode())) {
                named = NAMED_COUNTRY_BESIDE;
            }
            if (named == 0) {
                for (GazetteerEntry t : h.towns()) {
                    if (Geo.km(t.latitude(), t.longitude(), e.latitude(), e.longitude()) <= NEAR_BESIDE_KM) {
                        named = NAMED_TOWN_NEAR;
                        break;
                    }
                }
            }
        }
        return named;
    }

    private static boolean containsArea(List<String[]> areas, String country, String areaName) {
        if (areaName == null || areaName.isEmpty()) {
            return false;
        }
        String key = Gazetteer.areaKey(areaName);
        for (String[] a : areas) {
            if (a[0].equals(country) && a[1].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** How much the text is about the place's country. */
    private static double countryScore(Candidate c, Map<String, Double> evidence, double total) {
        String country = c.entry().countryCode();
        if (country.isEmpty() || total <= 0) {
            return 0;
        }
        double n = evidence.getOrDefault(country, 0.0);
        return COUNTRY_SHARE * n / (total + COUNTRY_PRIOR_COUNT) + (n >= 1 ? COUNTRY_PRESENT : 0);
    }

    /** What the other names say of the place: an area of theirs it lies in, a place of theirs inside it or near it. */
    private static double localScore(Candidate c, Group self, List<Group> groups) {
        GazetteerEntry e = c.entry();
        String country = e.countryCode();
        if (e.level() == PlaceLevel.COUNTRY) {
            return 0;
        }
        String admin1 = Gazetteer.areaKey(e.admin1());
        String admin2 = Gazetteer.areaKey(e.admin2());
        double inside = 0;
        double contains = 0;
        double near = 0;
        double far = 0;
        double[] soft = self.near.get(c.identity());
        for (int h = 0; h < groups.size(); h++) {
            Group g = groups.get(h);
            if (g == self || g.choice.candidate() == null) {
                continue;
            }
            GazetteerEntry o = g.choice.candidate().entry();
            if (o.countryCode().equals(country)) {
                if (e.level() != PlaceLevel.ADMIN1 && o.level() == PlaceLevel.ADMIN1 && !admin1.isEmpty()
                        && Gazetteer.areaKey(o.name()).equals(admin1)
                        || e.level() == PlaceLevel.PLACE && o.level() == PlaceLevel.ADMIN2 && !admin2.isEmpty()
                        && Gazetteer.areaKey(o.name()).equals(admin2)) {
                    inside = INSIDE_CHOSEN_AREA;
                } else if (e.level() == PlaceLevel.ADMIN1 && (o.level() == PlaceLevel.PLACE || o.level() == PlaceLevel.ADMIN2)
                        && Gazetteer.areaKey(o.admin1()).equals(Gazetteer.areaKey(e.name()))) {
                    contains += CONTAINS_PLACE;
                }
            }
            if (inside == 0 && e.level() != PlaceLevel.ADMIN1) {
                for (Candidate other : g.candidates.values()) {
                    GazetteerEntry a = other.entry();
                    if (a.countryCode().equals(country) && (a.level() == PlaceLevel.ADMIN1 && !admin1.isEmpty()
                            && Gazetteer.areaKey(a.name()).equals(admin1)
                            || e.level() == PlaceLevel.PLACE && a.level() == PlaceLevel.ADMIN2 && !admin2.isEmpty()
                            && Gazetteer.areaKey(a.name()).equals(admin2))) {
                        inside = Math.max(inside, INSIDE_OTHER_AREA);
                    }
                }
            }
            if (local(e)) {
                double close = local(o) ? closeness(e, o) : 0;
                double sameArea = Math.max(close >= 1 ? 1 : 0, soft == null ? 0 : soft[h]);
                if (sameArea > 0) {
                    near += sameArea;
                } else {
                    far += close;
                }
            }
        }
        // places in the same small area add up; places a few hundred kilometres away count once
        near += Math.min(FAR_CLOSENESS, far);
        return inside + Math.min(2 * CONTAINS_PLACE, contains) + Math.min(NEAR_CAP, NEAR * near);
    }

    /** Whether a place is small enough for its point to say where it is: a town or a district. */
    private static boolean local(GazetteerEntry e) {
        return e.level() == PlaceLevel.PLACE || e.level() == PlaceLevel.ADMIN2;
    }

    /**
     * How close two places are, from 1 (within {@link #SAME_AREA_KM}) falling to 0 at
     * {@link #NEAR_KM}: names that all lie in one small area are rarely there by chance.
     */
    static double closeness(GazetteerEntry a, GazetteerEntry b) {
        double km = Geo.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        if (km <= SAME_AREA_KM) {
            return 1;
        }
        return Math.max(0, 1 - km / NEAR_KM) * FAR_CLOSENESS;
    }

    /**
     * For each candidate of each group, whether it lies in the same small area (within
     * {@link #SAME_AREA_KM}) as some plausible candidate of every other group, which counts by
     * how near its score before context comes to its group's best ({@code exp(-gap /
     * PLAUSIBLE_GAP)}): names that all fit one small area rarely do so by chance, while in a
     * large country some candidate of another name always lies within a few hundred kilometres.
     * Computed once per text.
     */
    private static void softCloseness(List<Group> groups) {
        List<List<Candidate>> tops = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (Group g : groups) {
            List<Candidate> top = new ArrayList<>();
            for (Candidate c : g.candidates.values()) {
                if (local(c.entry())) {
                    top.add(c);
                }
            }
            top.sort(Comparator.comparingDouble(c -> -prior(c)));
            if (top.size() > SOFT_CANDIDATES) {
                top = top.subList(0, SOFT_CANDIDATES);
            }
            double best = g.candidates.values().stream().mapToDouble(PlaceChooser::prior).max().orElse(0);
            double[] w = new double[top.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(-(best - prior(top.get(i))) / PLAUSIBLE_GAP);
            }
            tops.add(top);
            weights.add(w);
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            for (Candidate c : g.candidates.values()) {
                if (!local(c.entry())) {
                    continue;
                }
                double[] soft = new double[groups.size()];
                for (int h = 0; h < groups.size(); h++) {
                    if (h == gi) {
                        continue;
                    }
                    List<Candidate> top = tops.get(h);
                    double[] w = weights.get(h);
                    for (int i = 0; i < top.size(); i++) {
                        GazetteerEntry d = top.get(i).entry();
                        if (Geo.km(c.entry().latitude(), c.entry().longitude(), d.latitude(), d.longitude()) <= SAME_AREA_KM) {
                            soft[h] = Math.max(soft[h], w[i]);
                        }
                    }
                }
                g.near.put(c.identity(), soft);
            }
        }
    }
}
