package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a sentence that place an event, from the prepositions news uses ("in",
 * "near", "north of", "between ... and ...") and the proper names after them. A gazetteer resolves
 * them later; this only reads the words.
 */
public final class PlacePhraseFinder {
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}'’-]*|d['’][A-Z][\\p{L}-]*)";
    private static final String NAME = NAME_WORD + "(?:[ -](?:(?:de|du|des|la|le|el|al|di|da|of)[ -])?" + NAME_WORD + ")*";
    private static final String ADMIN_WORD = "(?:region|province|state|district|township|division|county|commune"
            + "|department|prefecture|circle|cercle|municipality|regency|governorate|zone|area)";
    private static final String FEATURE = "(?:capital|capital city|village|town|city|hamlet|locality|settlement|commune|area|vicinity|outskirts"
            + "|region|province|state|district|township|department|camp|market|neighbourhood|neighborhood|municipality|island|forest)";
    private static final String DIRECTION = "(?:(?:north|south|east|west|central|northern|southern|eastern|western"
            + "|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\\s+)";
    private static final String PREPOSITION = "(in|near|at|around|outside|close to|on the outskirts of|north of|south of|east of"
            + "|west of|(?:north|south)-?(?:east|west) of|between|from|to|across|inside)";

    private static final Pattern BORDER = Pattern.compile(
            "\\b(?:near|along|on|at|close to|across)\\s+the\\s+(?:\\w+\\s+)?border\\s+(?:with|between)\\s+(" + NAME + ")"
                    + "(?:\\s+and\\s+(" + NAME + "))?");
    private static final Pattern FEATURE_OF = Pattern.compile(
            "\\b(?:the\\s+)?(?:village|town|city|hamlet|locality|settlement|commune) of (" + NAME + ")"
                    + "(?:\\s*\\(([^)]{2,80})\\))?");
    /** "Puta-O township", "Kachin State", "Mopti Region" written without a preposition before them. */
    private static final Pattern ADMIN_PHRASE = Pattern.compile("(" + NAME + ")\\s+"
            + "(township|Township|state|State|region|Region|province|Province|district|District|county|County"
            + "|division|Division|regency|Regency|commune|Commune|municipality|Municipality)\\b");
    private static final java.util.Set<String> LOCAL_AREA = java.util.Set.of("township", "commune", "municipality");
    private static final Pattern PLACE = Pattern.compile(
            "\\b" + PREPOSITION + "\\s+(?:the\\s+)?(?:(?:\\d+\\s*(?:km|kilometres|kilometers|miles))\\s+(?:\\w+\\s+)?of\\s+)?"
                    + "(?:" + FEATURE + "\\s+(?:of\\s+)?)?(" + DIRECTION + ")?(" + NAME + ")"
                    + "(?:\\s+(" + ADMIN_WORD + "))?"
                    + "(?:\\s*\\(([^)]{2,80})\\))?"
                    + "(?:\\s+and\\s+(" + NAME + "))?");
    private static final Set<String> NOT_PLACES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "The", "A", "An", "This", "That", "Last", "On", "In",
            "Islamic", "State", "President", "Army", "God", "Allah", "Parliament", "Government", "Ministry", "English");

    private static final Pattern DISTANCE_BEFORE = Pattern.compile("\\d+\\s*(?:km|kilometres|kilometers|miles)\\s*(?:\\w+\\s+)?$");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[]([A-Z][^()\\[\\]]{1,80})[)\\]]");

    private final Countries countries;

    public PlacePhraseFinder(Countries countries) {
        this.countries = countries;
    }

    /** Returns the place phrases of {@code text}, left to right. */
    public List<PlacePhrase> find(String text) {
        List<PlacePhrase> found = new ArrayList<>();
        Matcher b = BORDER.matcher(text);
        List<int[]> borderSpans = new ArrayList<>();
        while (b.find()) {
            List<String> names = new ArrayList<>();
            names.add(b.group(1));
            if (b.group(2) != null) names.add(b.group(2));
            String phrase = text.substring(b.start(), b.end());
            String location = phrase.substring(phrase.indexOf("border"));
            found.add(new PlacePhrase(location, PlacePhrase.Kind.BORDER, names, b.start(), b.end()));
            borderSpans.add(new int[]{b.start(), b.end()});
        }
        Matcher f = FEATURE_OF.matcher(text);
        while (f.find()) {
            if (inside(borderSpans, f.start())) continue;
            String name = trimName(f.group(1));
            if (name.isEmpty() || NOT_PLACES.contains(name.split("[ -]")[0])) continue;
            // "recaptured the town of Mondoro": a town named without a preposition before it
            if (text.substring(Math.max(0, f.start() - 12), f.start()).matches("(?s).*\\b(?:in|near|at|around|outside|of|from|to)\\s+$")) continue;
            List<String> names = new ArrayList<>();
            names.add(name);
            if (f.group(2) != null) names.addAll(bracketedNames("(" + f.group(2) + ")"));
            found.add(new PlacePhrase(name, PlacePhrase.Kind.TOWN, names, f.start(), f.end()));
        }
        Matcher a = ADMIN_PHRASE.matcher(text);
        while (a.find()) {
            String name = trimName(a.group(1));
            if (name.isEmpty() || NOT_PLACES.contains(name.split("[ -]")[0]) || inside(borderSpans, a.start())) continue;
            if (alreadyFound(found, a.start(1)) || countries.byName(name + " " + a.group(2)).isPresent()) continue;
            String word = a.group(2).toLowerCase(java.util.Locale.ROOT);
            // "Puta-O township" is coded to its town; "Kachin State", "Mopti region" to the area
            PlacePhrase.Kind kind = LOCAL_AREA.contains(word) ? PlacePhrase.Kind.TOWN : PlacePhrase.Kind.REGION;
            found.add(new PlacePhrase(kind == PlacePhrase.Kind.TOWN ? name : name + " " + word, kind, List.of(name),
                    a.start(), a.end()));
        }
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            if (inside(borderSpans, m.start(2))) continue;
            String preposition = m.group(1);
            String direction = m.group(2);
            String name = trimName(m.group(3));
            if (name.isEmpty() || NOT_PLACES.contains(name.split("[ -]")[0]) || isOrganisation(name)) continue;
            if (preposition.equals("to") || preposition.equals("from") && !DISTANCE_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue; // origins and destinations, but "10 km from Djibo" places an event
            }
            String admin = m.group(4);
            List<String> names = new ArrayList<>();
            names.add(name);
            if (m.group(5) != null) {
                for (String part : m.group(5).split("[,;]")) {
                    String p = part.trim().replaceAll("^(?:coded as|near|in)\\s+", "");
                    if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) names.add(p);
                }
            }
            if (m.group(6) != null) names.add(trimName(m.group(6)));
            boolean isCountry = countries.byName(name).filter(c -> c.name().equalsIgnoreCase(name)
                    || name.equalsIgnoreCase(c.name())).isPresent() || countries.byName(name).isPresent() && admin == null;
            PlacePhrase.Kind kind;
            String location = name;
            if (isCountry && admin == null) {
                kind = direction != null ? PlacePhrase.Kind.PART_OF_COUNTRY : PlacePhrase.Kind.COUNTRY;
                if (direction != null) location = direction.trim() + " " + name;
            } else if (admin != null) {
                kind = PlacePhrase.Kind.REGION;
                location = name + " " + admin;
            } else if (preposition.equals("in") || preposition.equals("at") || preposition.equals("inside")) {
                kind = direction != null ? PlacePhrase.Kind.NEAR_TOWN : PlacePhrase.Kind.TOWN;
            } else {
                kind = PlacePhrase.Kind.NEAR_TOWN;
            }
            if (m.group(6) != null && kind == PlacePhrase.Kind.TOWN) kind = PlacePhrase.Kind.NEAR_TOWN;
            int start = m.start();
            int end = m.end();
            found.add(new PlacePhrase(location, kind, names, start, end));
        }
        found.sort(java.util.Comparator.comparingInt(PlacePhrase::start));
        return found;
    }

    /** Returns the names inside brackets that list places: "Seme (Toeni, Sourou)", "Dialaikanda [Diallaye]". */
    public static List<String> bracketedNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("[,;]")) {
                String p = part.trim();
                if (p.matches("[A-Z][\\p{L}'’ -]{1,40}") && !NOT_PLACES.contains(p.split("[ -]")[0])) names.add(p);
            }
        }
        return names;
    }

    private static final Set<String> ORGANISATION_WORDS = Set.of("Army", "Forces", "Force", "Police", "Government",
            "Party", "Movement", "Front", "Group", "University", "Hospital", "Company", "Council", "Ministry", "Union",
            "Alliance", "Militia", "Brigade", "Battalion", "Commission", "Court", "Assembly", "Office");

    /** "the Myanmar Army", "the Movement of June 5": a body, not a place. */
    private static boolean isOrganisation(String name) {
        String[] words = name.split("[ -]");
        return ORGANISATION_WORDS.contains(words[words.length - 1]);
    }

    private static boolean alreadyFound(List<PlacePhrase> found, int offset) {
        for (PlacePhrase p : found) if (offset >= p.start() && offset < p.end()) return true;
        return false;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) if (offset >= s[0] && offset < s[1]) return true;
        return false;
    }

    /**
     * Drops a possessive and words that end a name but are not part of it ("Niger's" → "Niger"),
     * and the country that owns a region ("Mali's Mopti" → "Mopti").
     */
    private static String trimName(String name) {
        String n = name.replaceAll("['’]s$", "").replaceAll("\\.$", "").trim();
        return n.replaceFirst("^[A-Z][\\p{L}-]*['’]s\\s+(?=[A-Z])", "");
    }
}
