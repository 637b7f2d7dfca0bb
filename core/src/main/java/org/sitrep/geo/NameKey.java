package org.sitrep.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forms under which place and country names are compared: lower case, accents stripped,
 * and spaces, hyphens and apostrophes dropped, so that "Bobo-Dioulasso", "Bobo Dioulasso" and
 * "N’Djaména"/"Ndjamena" meet.
 */
final class NameKey {

    /** Words naming the kind of an administrative area, in the languages GeoNames uses for them. */
    private static final Set<String> AREA_WORDS = Set.of(
            "region", "regions", "province", "provincia", "provinsi", "state", "estado",
            "prefecture", "district", "distrito", "department", "departement", "departamento",
            "municipality", "municipio", "municipalite", "commune", "comune", "cercle", "county",
            "regency", "kabupaten", "kota", "governorate", "muhafazat", "mohafazat", "wilaya",
            "wilayah", "daira", "circunscricao", "concelho", "ville", "cidade", "city", "division",
            "subcounty", "lga", "township", "oblast", "raion", "rayon", "krai", "kray", "okrug",
            "territory", "parish", "emirate", "canton", "arrondissement", "zone", "woreda",
            "location", "obshtina", "bashkia", "ostan", "shahrestan", "voivodeship", "kecamatan");

    /** Words that stand between an area word and the name: "Province du Sourou", "Cercle de Macina". */
    private static final Set<String> LINK_WORDS = Set.of(
            "de", "du", "des", "d", "da", "do", "das", "dos", "di", "del", "della", "la", "l", "of", "the");

    /** Words that qualify a trailing area word: "Kyuso sub-county", "Kano Local Government Area". */
    private static final Set<String> AREA_QUALIFIERS = Set.of(
            "sub", "local", "government", "area", "autonomous", "special", "capital", "metropolitan",
            "municipal", "urban", "rural", "administrative");

    private NameKey() {
    }

    /** The comparison key of a name: its letters and digits, lower case, without accents. */
    static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (String word : words(name)) {
            key.append(word);
        }
        return key.toString();
    }

    /**
     * The key of an administrative area's name without words saying what kind of area it is
     * ("Province du Sourou" → "sourou", "Borno State" → "borno"), or the full key when nothing
     * else would remain.
     */
    static String ofAreaName(String name) {
        List<String> words = words(name);
        int from = 0;
        int to = words.size();
        while (from < to && AREA_WORDS.contains(words.get(from))) {
            int next = from + 1;
            while (next < to && LINK_WORDS.contains(words.get(next))) {
                next++;
            }
            from = next;
        }
        boolean strippedTail = false;
        while (to > from && (AREA_WORDS.contains(words.get(to - 1))
                || strippedTail && AREA_QUALIFIERS.contains(words.get(to - 1)))) {
            to--;
            strippedTail = true;
        }
        if (from >= to) {
            return of(name);
        }
        return String.join("", words.subList(from, to));
    }

    /**
     * A looser key that lets the French, English and local spellings of one African or Asian name
     * meet ("Niafounké"/"Niafunke", "Djibo"/"Jibo", "Tillabéri"/"Tillabery"): a key with
     * "ou" as "u", "dj" as "j", "tch" as "ch", "kh"/"gh"/"ph"/"th"/"dh" as "k"/"g"/"f"/"t"/"d",
     * "y" as "i", "q" as "k", and doubled letters single.
     */
    static String loose(String key) {
        String s = key
                .replace("tch", "ch")
                .replace("ou", "u")
                .replace("dj", "j")
                .replace("kh", "k")
                .replace("gh", "g")
                .replace("ph", "f")
                .replace("th", "t")
                .replace("dh", "d")
                .replace("ee", "i")
                .replace("oo", "u")
                .replace('y', 'i')
                .replace('q', 'k');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * The words of a name, lower case and without accents; any other character separates words,
     * apostrophes too ("Cercle d'Abeïbara" → cercle, d, abeibara). Keys join the words, so
     * "N'Djamena" and "Ndjamena" still meet.
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                appendFolded(word, cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        // A possessive is not part of the name: "Gao's 8th district".
        int last = words.size() - 1;
        if (last > 0 && words.get(last).equals("s") && endsWithPossessive(name)) {
            words.remove(last);
        }
        return words;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithPossessive(String name) {
        String trimmed = name.strip();
        return trimmed.length() > 2 && (trimmed.endsWith("s") || trimmed.endsWith("S"))
                && isApostrophe(trimmed.charAt(trimmed.length() - 2));
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == 'ʼ' || cp == '`' || cp == '´';
    }

    /** Letters that Unicode does not decompose into a base letter and an accent. */
    private static void appendFolded(StringBuilder out, int cp) {
        switch (cp) {
            case 'ø', 'Ø' -> out.append('o');
            case 'æ', 'Æ' -> out.append("ae");
            case 'œ', 'Œ' -> out.append("oe");
            case 'ß' -> out.append("ss");
            case 'ł', 'Ł' -> out.append('l');
            case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
            case 'ı' -> out.append('i');
            case 'þ', 'Þ' -> out.append("th");
            default -> out.appendCodePoint(Character.toLowerCase(cp));
        }
    }
}
