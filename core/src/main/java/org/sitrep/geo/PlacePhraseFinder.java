package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * A language's place phrases. English's are the patterns above; French names the area before
     * the name ("dans l'ouest de la région de Tahoua"), so each pattern says which of its groups
     * holds what: {@code place} = preposition, direction, name, admin word, brackets, second name;
     * {@code admin} = name, admin word. Directions are read as the English words RegionChooser knows.
     */
    private record Words(Pattern border, String borderWord, Pattern featureOf, Pattern featurePreposition, Pattern admin,
                         int[] adminGroups, Pattern place, int[] placeGroups, Set<String> notPlaces,
                         Set<String> originPrepositions, Set<String> inPrepositions, Map<String, String> directions,
                         Map<String, String> adminWords) {
    }

    private static final Words ENGLISH = new Words(BORDER, "border", FEATURE_OF,
            Pattern.compile("(?s).*\\b(?:in|near|at|around|outside|of|from|to)\\s+$"), ADMIN_PHRASE, new int[]{1, 2},
            PLACE, new int[]{1, 2, 3, 4, 5, 6}, NOT_PLACES, Set.of("to", "from"), Set.of("in", "at", "inside"), null, null);

    /** A word starts here: Java's \\b knows only ASCII letters, and French words start with "à", "é". */
    private static final String START = "(?<![\\p{L}\\p{N}_])";

    private static Words french() {
        String art = "(?:(?:le|la|les)\\s+|l['’]\\s*)";
        String of = "(?:de\\s+(?:la\\s+|l['’]\\s*)?|du\\s+|des\\s+|d['’]\\s*)";
        String direction = "(nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|centre-nord|centre-est|centre-ouest|centre-sud)";
        String admin = "(région|province|cercle|département|préfecture|commune|district|arrondissement|wilaya|zone)";
        String feature = "(?:village|ville|localité|hameau|commune|capitale|camp|marché|secteur|périphérie|environs|zone)";
        Pattern border = Pattern.compile(START + "(?:près de|le long de|à|sur|non loin de)\\s+la\\s+frontière\\s+(?:avec|entre)\\s+"
                + art + "?(" + NAME + ")(?:\\s+et\\s+" + art + "?(" + NAME + "))?");
        // "le village de Seytenga", "le poste de gendarmerie de Falagountou", "le camp militaire de Boulkessi"
        String featureNamed = "(?:village|ville|localité|hameau|commune|marché|poste(?:\\s+(?:de|d['’])?\\s*\\p{Ll}+){0,2}?"
                + "|camp(?:\\s+militaire)?|base(?:\\s+militaire)?|caserne|commissariat)";
        Pattern featureOf = Pattern.compile(START + art + "?" + featureNamed + "\\s+" + of + "(" + NAME + ")"
                + "(?:\\s*\\(([^)]{2,80})\\))?");
        Pattern adminPhrase = Pattern.compile(START + admin + "\\s+" + of + "(" + NAME + ")");
        Pattern place = Pattern.compile(START + "(à|au|aux|en|dans|près de|près d['’]|non loin de|aux environs de|autour de|vers|depuis"
                + "|entre|(?:au|à l['’])\\s*(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\\s+(?:de|du|d['’]))\\s*"
                + art + "?(?:\\d+\\s*(?:km|kilomètres)\\s+(?:\\p{L}+\\s+)?" + of + ")?"
                + "(?:" + feature + "\\s+" + of + ")?"
                + "(?:" + direction + "\\s+" + of + ")?"
                + "(?:" + admin + "\\s+" + of + ")?"
                + "(" + NAME + ")"
                + "(?:\\s*\\(([^)]{2,80})\\))?"
                + "(?:\\s+et\\s+(" + NAME + "))?");
        Set<String> notPlaces = new java.util.HashSet<>(NOT_PLACES);
        notPlaces.addAll(Set.of("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Février",
                "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Le", "La",
                "Les", "L", "Un", "Une", "Ce", "Cette", "État", "Etat", "Président", "Armée", "Dieu", "Parlement",
                "Gouvernement", "Ministère", "Défense", "Forces", "Force", "Police", "Parti", "Mouvement", "Front", "Groupe",
                "Conseil", "Union", "Alliance", "Commission", "Cour", "Assemblée", "Opération", "Organisation", "Nations",
                "ONU", "Al", "Jihad", "Sahel", "Grand"));
        Map<String, String> directions = Map.ofEntries(Map.entry("nord", "northern"), Map.entry("sud", "southern"),
                Map.entry("est", "eastern"), Map.entry("ouest", "western"), Map.entry("centre", "central"),
                Map.entry("nord-est", "north-eastern"), Map.entry("nord-ouest", "north-western"),
                Map.entry("sud-est", "south-eastern"), Map.entry("sud-ouest", "south-western"),
                Map.entry("centre-nord", "northern"), Map.entry("centre-est", "eastern"),
                Map.entry("centre-ouest", "western"), Map.entry("centre-sud", "southern"));
        return new Words(border, "frontière", featureOf,
                Pattern.compile("(?s).*" + START + "(?:à|au|aux|dans|près de|près d['’]|autour de|en|de|du|vers|depuis)\\s+$"),
                adminPhrase, new int[]{2, 1}, place, new int[]{1, 2, 4, 3, 5, 6}, Set.copyOf(notPlaces),
                Set.of("vers", "depuis"), Set.of("à", "au", "aux", "dans", "en"), directions,
                Map.of("région", "region", "province", "province", "cercle", "circle", "département", "department",
                        "préfecture", "prefecture", "commune", "commune", "district", "district", "arrondissement", "district",
                        "wilaya", "province", "zone", "zone"));
    }

    private final Countries countries;
    private final Words w;

    public PlacePhraseFinder(Countries countries) {
        this(countries, org.sitrep.nlp.Language.ENGLISH);
    }

    /** Returns a finder of the place phrases of {@code language}; {@code countries} knows that language's names. */
    public PlacePhraseFinder(Countries countries, org.sitrep.nlp.Language language) {
        this.countries = countries;
        this.w = language == org.sitrep.nlp.Language.ENGLISH ? ENGLISH : french();
    }

    /** Returns the place phrases of {@code text}, left to right. */
    public List<PlacePhrase> find(String text) {
        List<PlacePhrase> found = new ArrayList<>();
        Matcher b = w.border().matcher(text);
        List<int[]> borderSpans = new ArrayList<>();
        while (b.find()) {
            List<String> names = new ArrayList<>();
            names.add(b.group(1));
            if (b.group(2) != null) names.add(b.group(2));
            String phrase = text.substring(b.start(), b.end());
            String location = phrase.substring(phrase.indexOf(w.borderWord()));
            found.add(new PlacePhrase(location, PlacePhrase.Kind.BORDER, names, b.start(), b.end()));
            borderSpans.add(new int[]{b.start(), b.end()});
        }
        Matcher f = w.featureOf().matcher(text);
        while (f.find()) {
            if (inside(borderSpans, f.start())) continue;
            String name = trimName(f.group(1));
            if (name.isEmpty() || w.notPlaces().contains(name.split("[ -]")[0])) continue;
            // "recaptured the town of Mondoro": a town named without a preposition before it
            if (w.featurePreposition().matcher(text.substring(Math.max(0, f.start() - 12), f.start())).matches()) continue;
            List<String> names = new ArrayList<>();
            names.add(name);
            if (f.group(2) != null) names.addAll(bracketedNames("(" + f.group(2) + ")"));
            found.add(new PlacePhrase(name, PlacePhrase.Kind.TOWN, names, f.start(), f.end()));
        }
        Matcher a = w.admin().matcher(text);
        int ng = w.adminGroups()[0], wg = w.adminGroups()[1];
        while (a.find()) {
            String name = trimName(a.group(ng));
            if (name.isEmpty() || w.notPlaces().contains(name.split("[ -]")[0]) || inside(borderSpans, a.start())) continue;
            if (alreadyFound(found, a.start(ng)) || countries.byName(name + " " + a.group(wg)).isPresent()) continue;
            String word = a.group(wg).toLowerCase(java.util.Locale.ROOT);
            if (w.adminWords() != null) word = w.adminWords().getOrDefault(word, word);
            // "Puta-O township" is coded to its town; "Kachin State", "Mopti region" to the area
            PlacePhrase.Kind kind = LOCAL_AREA.contains(word) ? PlacePhrase.Kind.TOWN : PlacePhrase.Kind.REGION;
            found.add(new PlacePhrase(kind == PlacePhrase.Kind.TOWN ? name : name + " " + word, kind, List.of(name),
                    a.start(), a.end()));
        }
        Matcher m = w.place().matcher(text);
        int[] g = w.placeGroups();
        while (m.find()) {
            if (inside(borderSpans, m.start(g[1]))) continue;
            String preposition = m.group(g[0]);
            String direction = m.group(g[1]);
            if (direction != null && w.directions() != null) direction = w.directions().get(direction.toLowerCase(java.util.Locale.ROOT));
            String name = trimName(m.group(g[2]));
            if (name.isEmpty() || w.notPlaces().contains(name.split("[ -]")[0]) || isOrganisation(name)) continue;
            if (w.originPrepositions().contains(preposition)
                    && (w != ENGLISH || preposition.equals("to") || !DISTANCE_BEFORE.matcher(text.substring(0, m.start())).find())) {
                continue; // origins and destinations, but "10 km from Djibo" places an event
            }
            String admin = m.group(g[3]);
            if (admin != null && w.adminWords() != null) admin = w.adminWords().getOrDefault(admin.toLowerCase(java.util.Locale.ROOT), admin);
            List<String> names = new ArrayList<>();
            names.add(name);
            if (m.group(g[4]) != null) {
                for (String part : m.group(g[4]).split("[,;]")) {
                    String p = part.trim().replaceAll("^(?:coded as|near|in)\\s+", "");
                    if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) names.add(p);
                }
            }
            if (m.group(g[5]) != null) names.add(trimName(m.group(g[5])));
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
            } else if (w.inPrepositions().contains(preposition.toLowerCase(java.util.Locale.ROOT))) {
                kind = direction != null ? PlacePhrase.Kind.NEAR_TOWN : PlacePhrase.Kind.TOWN;
            } else {
                kind = PlacePhrase.Kind.NEAR_TOWN;
            }
            if (m.group(g[5]) != null && kind == PlacePhrase.Kind.TOWN) kind = PlacePhrase.Kind.NEAR_TOWN;
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
