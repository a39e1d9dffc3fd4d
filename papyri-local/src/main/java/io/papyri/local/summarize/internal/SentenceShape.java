package io.papyri.local.summarize.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence looks like on the surface, as far as a summary cares: how long it is, whether it
 * is prose or mostly formula, figure or citation apparatus, and which phrases that announce a
 * paper's contribution or depend on the sentence before it occur in it.
 *
 * @param words            whitespace-separated words
 * @param prose            whether it reads as a whole prose sentence fit for a summary on its own
 * @param contributionCues phrases like "we propose" or "our results show", at most 3
 * @param contextCues      signs that it leans on its surroundings ("Figure 2 shows", "as follows:",
 *                         an opening "However," or "This"), at most 3
 * @param citations        citation markers ("[12]", "(Smith et al., 2019)", "@xcite")
 * @param roadmap          whether it tells where things are in the paper ("In Section 3 we ...",
 *                         "The rest of this paper is organized as follows"), which no summary needs
 */
public record SentenceShape(int words, boolean prose, int contributionCues, int contextCues, int citations,
                            boolean roadmap) {

    private static final Pattern CONTRIBUTION = Pattern.compile(
            "\\b(?:in this (?:paper|work|article|study|letter|thesis|note|report)"
            + "|this (?:paper|work|article|study|letter|thesis|note|report)"
            + "|(?:we|here we) (?:(?:also|further|then|first|now|finally) )?(?:propose|present|introduce|describe|develop|show"
            + "|demonstrate|report|find|found|argue|investigate|study|address|evaluate|achieve|obtain|provide|derive"
            + "|prove|establish|design|apply|explore|examine|analy[sz]e|consider|focus|offer|suggest|conclude|compare"
            + "|have (?:presented|proposed|shown|described|introduced|developed|demonstrated|found))"
            + "|our (?:results|findings|experiments|analysis|approach|method|model|system|framework|algorithm|work"
            + "|contribution|main)"
            + "|(?:results|experiments|findings|evaluations?) (?:show|indicate|demonstrate|suggest|reveal|confirm)"
            + "|outperform|state[- ]of[- ]the[- ]art|significantly|novel|the first|main contribution"
            + "|propose[sd]? (?:a|an|the|two|three|new)|is proposed|are proposed|is presented|are presented)\\b");
    private static final Pattern LEANS_ON_CONTEXT = Pattern.compile(
            "^(?:however|therefore|thus|hence|moreover|furthermore|also|then|so|but|and|or|in addition|in contrast"
            + "|on the other hand|similarly|likewise|consequently|finally|first|second|third|next|here|there"
            + "|this(?! (?:paper|work|article|study|letter|thesis|note|report))|these|that|those|it|its|they|their"
            + "|such|he|she|for example|for instance|e\\.g\\.|i\\.e\\.|note that|recall that|see|where|which)\\b");
    private static final Pattern APPARATUS = Pattern.compile(
            "\\b(?:fig(?:ure)?s?\\.?|tab(?:le)?s?\\.?|eqs?\\.?|equations?|sec(?:tion)?s?\\.?|appendix|algorithm|line)"
            + "\\s*\\(?[0-9ivx]+(?:\\.[0-9]+)*\\)?|as follows|the following|below\\b|above\\b|rest of (?:this|the) paper"
            + "|remainder of (?:this|the) paper|is organi[sz]ed as follows|in this (?:section|chapter|subsection)");
    private static final Pattern ROADMAP = Pattern.compile(
            "^(?:finally,? |then,? |next,? |first,? )?(?:in |the )?(?:(?:next|following|last|final|previous|this|two) )?"
            + "(?:sub)?(?:sections?|chapters?)\\b(?! of)"
            + "|(?:rest|remainder) of (?:this|the) (?:paper|article|thesis|chapter)|(?:is|are) organi[sz]ed as follows");
    private static final Pattern CITATION = Pattern.compile(
            "\\[[0-9][0-9,;\\s\\u2013-]*\\]|\\(\\s*[^()]{0,80}\\b(?:19|20)[0-9]{2}[a-z]?\\s*\\)|\\bet al\\b|@xcite");
    /** Longer "sentences" are nearly always several run together by a missed boundary. */
    private static final int MAX_WORDS = 80;
    private static final Pattern MATH_TOKEN = Pattern.compile("@xmath[0-9]*");

    /**
     * Reads a sentence.
     *
     * @param sentence  the sentence
     * @param lowercase whether the whole paper is lower-cased text, where a lower-case start is normal
     * @return its shape
     */
    public static SentenceShape of(String sentence, boolean lowercase) {
        String text = sentence.strip();
        String[] tokens = text.isEmpty() ? new String[0] : text.split("\\s+");
        int words = tokens.length;
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        int mathTokens = 0;
        int garbled = 0;
        int plainWords = 0;
        int singleLetters = 0;
        for (String token : tokens) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0)) && "aAI".indexOf(token.charAt(0)) < 0) {
                singleLetters++;
            }
            if (MATH_TOKEN.matcher(token).find()) {
                mathTokens++;
            } else if (token.chars().anyMatch(c -> "~^_{}\\|=<>+$#".indexOf(c) >= 0)
                    || token.length() > 1 && token.chars().filter(Character::isLetter).count() * 2 < token.length()) {
                garbled++;
            }
            if (token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == ',' || c == '.' || c == '\'')) {
                plainWords++;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        boolean fragmentStart = !lowercase && (Character.isLowerCase(first) || ",;:)]".indexOf(first) >= 0);
        // formulas flattened into text leave runs of one-letter symbols ("e I a α θ z f J")
        boolean prose = words >= 6 && words <= MAX_WORDS
                && singleLetters <= Math.max(2, words / 8)
                && visible > 0 && letters >= 0.7 * visible
                && mathTokens <= Math.max(1, words / 10)
                && garbled <= words / 10
                && plainWords >= 0.6 * words
                && !fragmentStart
                && balanced(text)
                && last != ':' && last != '?' && last != ',' && last != ';';
        return new SentenceShape(words, prose, Math.min(3, count(CONTRIBUTION, lower)),
                Math.min(3, count(APPARATUS, lower) + (LEANS_ON_CONTEXT.matcher(lower).find() ? 1 : 0)),
                count(CITATION, lower), ROADMAP.matcher(lower).find());
    }

    /** A bracket left open means the sentence was cut inside it ("... as shown ( see fig ."). */
    private static boolean balanced(String text) {
        int round = 0;
        int square = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '(' -> round++;
                case ')' -> round--;
                case '[' -> square++;
                case ']' -> square--;
                default -> {
                }
            }
        }
        return round <= 0 && square <= 0;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
