package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words written beside a place name say about it: the areas named after it ("Paris,
 * Texas", "Springfield, Ill.", "Seme (Toeni, Sourou)"), and whether it is an area ("Tahoua
 * region", "the province of Idlib") or a town ("the town of Hinton", "Quebec city").
 *
 * @param names    names written after it, after a comma or in brackets: its areas
 * @param siblings names written after it in a list of names ("Washington, Pennsylvania and
 *                 California"): places of its kind, not its areas
 * @param area     whether a word beside it makes it an administrative area
 * @param town     whether a word beside it makes it a town or village
 */
record BesideWords(List<String> names, List<String> siblings, boolean area, boolean town) {

    static final BesideWords NONE = new BesideWords(List.of(), List.of(), false, false);

    private static final String NAME = "[A-Z][\\p{L}'’.-]*(?:[ ](?:of[ ]|de[ ]|du[ ])?[A-Z][\\p{L}'’.-]*){0,3}";
    private static final Pattern AFTER_COMMA = Pattern.compile("^,[ \\u00A0]?(" + NAME + ")");
    /** A list goes on after the name beside: ", Name", " and Name". */
    private static final Pattern LIST_GOES_ON = Pattern.compile("^(?:,\\s*|\\s+(?:and|or)\\s+)\\p{Lu}");
    /** A list comes before the place: "Ohio, Indiana, ". */
    private static final Pattern LIST_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]*,\\s*$");
    private static final Pattern BRACKETS = Pattern.compile("^\\s?[(\\[]([^()\\[\\]\\n]{2,80})[)\\]]");
    private static final String AREA_WORDS = "region|province|state|governorate|county|district|department"
            + "|prefecture|oblast|municipality|territory|commune|cercle|division|regency|parish|emirate|canton"
            + "|zone|borough|shire|wilaya|lga|local government area";
    private static final Pattern AREA_AFTER = Pattern.compile("^\\s+(?:" + AREA_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** "the province of Idlib", but not "the Tahoua region of Niger", where the area is named before. */
    private static final Pattern AREA_BEFORE = Pattern.compile("(?:^|[^\\p{L}'’-])(\\p{L}[\\p{L}'’-]*\\s+)?(?:"
            + AREA_WORDS + ") of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOWN_AFTER = Pattern.compile("^\\s+(?:city|town|village|township)\\b");
    private static final Pattern TOWN_BEFORE = Pattern.compile(
            "\\b(?:city|town|village|hamlet|suburb|community|capital|neighbou?rhood|locality) of\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** How far before a name "the province of" may start. */
    private static final int LOOK_BACK = 40;

    BesideWords {
        names = List.copyOf(names);
        siblings = List.copyOf(siblings);
    }

    /** Reads the words beside the name at [start, end) of {@code text}. */
    static BesideWords read(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 100));
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        List<String> names = new ArrayList<>();
        List<String> siblings = new ArrayList<>();
        Matcher comma = AFTER_COMMA.matcher(after);
        if (comma.find()) {
            boolean list = LIST_GOES_ON.matcher(after.substring(comma.end())).find()
                    || LIST_BEFORE.matcher(before).find();
            (list ? siblings : names).add(comma.group(1));
        }
        Matcher brackets = BRACKETS.matcher(after);
        if (brackets.find()) {
            for (String part : brackets.group(1).split("[,;/]")) {
                String p = part.strip();
                if (!p.isEmpty() && Character.isUpperCase(p.codePointAt(0))) {
                    names.add(p);
                }
            }
        }
        Matcher areaBefore = AREA_BEFORE.matcher(before);
        boolean area = AREA_AFTER.matcher(after).find() || areaBefore.find()
                && (areaBefore.group(1) == null || !Character.isUpperCase(areaBefore.group(1).codePointAt(0))
                || areaBefore.group(1).strip().equalsIgnoreCase("the"));
        boolean town = TOWN_AFTER.matcher(after).find() || TOWN_BEFORE.matcher(before).find();
        return new BesideWords(names, siblings, area && !town, town && !area);
    }

    /** These words and another occurrence's together. */
    BesideWords and(BesideWords other) {
        if (other.names.isEmpty() && other.siblings.isEmpty() && !other.area && !other.town) {
            return this;
        }
        return new BesideWords(union(names, other.names), union(siblings, other.siblings), area || other.area,
                town || other.town);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        for (String n : b) {
            if (!all.contains(n)) {
                all.add(n);
            }
        }
        return all;
    }
}
