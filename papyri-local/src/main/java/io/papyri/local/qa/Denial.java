package io.papyri.local.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence denies what a yes/no question asks about: a negation cue with one of the
 * question's topic words right after it ("a model eschewing recurrence", "without any labelled
 * data", "we do not use dropout"). A negation elsewhere in the sentence says nothing about the
 * question, which is why a cue counts only within a few words of the topic.
 */
final class Denial {

    /** How many words after a cue the topic word may come. */
    static final int REACH = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'t)?");
    private static final Set<String> CUES = Set.of("without", "no", "not", "never", "neither", "nor", "cannot",
            "eschewing", "eschews", "eschew", "dispensing", "dispenses", "dispense", "lacks", "lacking", "avoids",
            "avoiding", "avoid", "unlike", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't");
    /** Two-word cues, and what after a cue undoes it ("not only"). */
    private static final Set<String> PAIRED_CUES = Set.of("instead of", "rather than", "free of");
    private static final Set<String> UNDOING = Set.of("only", "just", "merely", "necessarily", "surprisingly", "all");

    private Denial() {
    }

    /**
     * Whether a sentence denies a topic.
     *
     * @param sentence   the sentence that best matches the question
     * @param topicStems the stems of what the question is about
     * @return true when a negation cue is followed closely by a topic word
     */
    static boolean denies(String sentence, Set<String> topicStems) {
        if (topicStems.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        for (int i = 0; i < words.size(); i++) {
            int from;
            if (i + 1 < words.size() && PAIRED_CUES.contains(words.get(i) + " " + words.get(i + 1))) {
                from = i + 2;
            } else if (CUES.contains(words.get(i)) && !(i + 1 < words.size() && UNDOING.contains(words.get(i + 1)))) {
                from = i + 1;
            } else {
                continue;
            }
            for (int j = from; j < Math.min(words.size(), from + REACH); j++) {
                if (topicStems.contains(Terms.stem(words.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
