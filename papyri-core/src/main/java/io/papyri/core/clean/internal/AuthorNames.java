package io.papyri.core.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads author names from the lines between the title and the abstract: lines made of personal
 * names, separated by commas, "and", or footnote markers, and free of affiliation words.
 */
final class AuthorNames {

    private static final Pattern AFFILIATION = Pattern.compile(
            "(?i)(?:\\buniv|universit|institut|departm|\\bdept\\b|laborator|\\blab\\b|\\bschool\\b|\\bcollege\\b|\\bcent(?:er|re)\\b"
                    + "|facult|academ|\\binc\\b|\\bcorp|\\bltd\\b|gmbh|research|hospital|foundation|\\bgoogle\\b|microsoft"
                    + "|\\bstreet\\b|\\bavenue\\b|\\busa\\b|\\bu\\.s\\.a|e-?mail|\\bdated\\b|received|submitted|@|https?:|www\\."
                    + "|conference|proceedings|journal|workshop|preprint|thesis|degree|supervisor|\\bdate\\b)");
    private static final Pattern MARKERS = Pattern.compile("[0-9*∗†‡§¶⋆♯♮♭#⋄◦•,;:()\\[\\]{}|]+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|\\b(?i:and)\\b|&)\\s*");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}'’\\-]*\\.?$|^(?:\\p{Lu}\\.-?)+$");
    private static final Pattern PARTICLE = Pattern.compile("^(?:de|van|der|von|da|del|di|la|le|den|du|dos|das|bin|al|y)$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private AuthorNames() {
    }

    /**
     * @param text one line of the title block
     * @return the names on it, or an empty list when it is not a line of names
     */
    static List<String> read(String text) {
        if (AFFILIATION.matcher(text).find()) {
            return List.of();
        }
        String separated = MARKERS.matcher(text).replaceAll(",");
        List<String> names = new ArrayList<>();
        int pieces = 0;
        for (String piece : SEPARATORS.split(separated)) {
            String name = piece.strip();
            if (name.isEmpty()) {
                continue;
            }
            pieces++;
            String[] words = SPACE.split(name);
            if (isName(words)) {
                names.add(name);
            } else if (words.length >= 4 && allCapitalised(words)) {
                names.addAll(splitRun(words));
            }
        }
        return pieces > 0 && names.size() >= Math.ceil(pieces * 0.6) ? names : List.of();
    }

    private static boolean isName(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        int capitals = 0;
        for (String word : words) {
            if (CAPITALISED.matcher(word).matches()) {
                capitals++;
            } else if (!PARTICLE.matcher(word).matches()) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean allCapitalised(String[] words) {
        for (String word : words) {
            if (!CAPITALISED.matcher(word).matches() && !PARTICLE.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names set side by side without separators (an author grid): each name is a given name, any
     * initials or particles, and a surname. Three-word names without an initial cannot be told
     * apart from two two-word names here; they come out split.
     */
    private static List<String> splitRun(String[] words) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            StringBuilder name = new StringBuilder(words[i]);
            int k = i + 1;
            while (k < words.length - 1 && (words[k].endsWith(".") || PARTICLE.matcher(words[k]).matches())) {
                name.append(' ').append(words[k]);
                k++;
            }
            if (k < words.length) {
                name.append(' ').append(words[k]);
                k++;
            }
            names.add(name.toString());
            i = k;
        }
        return names;
    }
}
