package io.papyri.core.arxiv;

import io.papyri.api.PaperId;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier, validated: new style ({@code 2101.01234}, {@code 0704.0001v2}) or old style
 * ({@code math/0405482}, {@code hep-th/9901001v1}, {@code math.AG/0309136}), with or without a version.
 *
 * <p>Only these shapes are accepted, so an id can never carry a path ({@code ../x}, {@code /etc},
 * a NUL byte) into a URL or a storage key. An old-style id's subject class ({@code .AG}) is not part
 * of the identity and is dropped: {@code math.AG/0309136} and {@code math/0309136} are equal.
 * Instances are immutable.
 */
public final class ArxivId {

    /** The scheme of arXiv ids in a {@link PaperId}. */
    public static final String SCHEME = "arxiv";

    // YYMM.NNNN (April 2007 to December 2014) or YYMM.NNNNN (from January 2015)
    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v([1-9]\\d{0,3}))?");
    // archive(.subject-class)/YYMMNNN, archive like hep-th, subject class like AG or str-el
    private static final Pattern OLD_STYLE = Pattern.compile(
            "([a-z]{1,12}(?:-[a-z]{1,12})?)(?:\\.[A-Za-z]{1,12}(?:-[A-Za-z]{1,12})?)?/(\\d{7})(?:v([1-9]\\d{0,3}))?");
    private static final Pattern ARXIV_URL = Pattern.compile(
            "https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_INPUT = 200;

    private final String base;
    private final int version;

    private ArxivId(String base, int version) {
        this.base = base;
        this.version = version;
    }

    /**
     * Parses an id as people write it: bare ({@code 2101.01234v2}), with the {@code arXiv:} prefix, or
     * as an {@code arxiv.org/abs/...} or {@code arxiv.org/pdf/...} link.
     *
     * @param text the id
     * @return the id
     * @throws IllegalArgumentException when the text is not an arXiv id
     */
    public static ArxivId parse(String text) {
        Objects.requireNonNull(text, "text");
        String id = text.strip();
        Matcher url = ARXIV_URL.matcher(id);
        if (url.matches()) {
            id = url.group(1);
        } else if (id.regionMatches(true, 0, "arxiv:", 0, 6)) {
            id = id.substring(6);
        }
        if (id.length() <= MAX_INPUT) {
            Matcher modern = NEW_STYLE.matcher(id);
            if (modern.matches() && digitsFitMonth(modern.group(1) + modern.group(2), modern.group(3))) {
                return new ArxivId(modern.group(1) + modern.group(2) + "." + modern.group(3), version(modern.group(4)));
            }
            Matcher old = OLD_STYLE.matcher(id);
            if (old.matches()) {
                return new ArxivId(old.group(1) + "/" + old.group(2), version(old.group(3)));
            }
        }
        throw new IllegalArgumentException("Invalid arXiv id '" + printable(text) + "': write a new-style id such as"
                + " 2101.01234 or 2101.01234v2 (four digits after the dot up to 1412, five from 1501), or an"
                + " old-style id such as math/0405482, hep-th/9901001v1 or math.AG/0309136.");
    }

    /**
     * Whether a text is an arXiv id that {@link #parse} accepts.
     *
     * @param text the text
     * @return {@code true} when it parses
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * The arXiv id inside a paper id of scheme {@code arxiv}.
     *
     * @param id the paper id, such as {@code arxiv:1706.03762v5}
     * @return the arXiv id
     * @throws IllegalArgumentException when the scheme is not {@code arxiv} or the local part is not an arXiv id
     */
    public static ArxivId of(PaperId id) {
        Objects.requireNonNull(id, "id");
        if (!SCHEME.equals(id.scheme())) {
            throw new IllegalArgumentException("Paper id " + id + " is not an arXiv id: its scheme must be 'arxiv'.");
        }
        return parse(id.local());
    }

    /** @return the id without version, such as {@code 2101.01234} or {@code math/0405482} */
    public String base() {
        return base;
    }

    /** @return the version, or empty when the id names no version (arXiv then means the latest) */
    public OptionalInt version() {
        return version == 0 ? OptionalInt.empty() : OptionalInt.of(version);
    }

    /** @return whether the id names a version */
    public boolean hasVersion() {
        return version != 0;
    }

    /** @return whether this is an old-style id ({@code archive/YYMMNNN}), used before April 2007 */
    public boolean isOldStyle() {
        return base.indexOf('/') >= 0;
    }

    /**
     * The same paper at a given version.
     *
     * @param newVersion the version, 1 or more
     * @return the versioned id
     * @throws IllegalArgumentException when the version is below 1
     */
    public ArxivId withVersion(int newVersion) {
        if (newVersion < 1 || newVersion > 9999) {
            throw new IllegalArgumentException("An arXiv version runs from 1 to 9999, was " + newVersion + ".");
        }
        return new ArxivId(base, newVersion);
    }

    /** @return the same paper without a version */
    public ArxivId withoutVersion() {
        return version == 0 ? this : new ArxivId(base, 0);
    }

    /** @return the paper id {@code arxiv:<id>}, version kept */
    public PaperId toPaperId() {
        return new PaperId(SCHEME, toString());
    }

    /** @return the id as arXiv writes it, such as {@code 2101.01234v2} or {@code math/0405482} */
    @Override
    public String toString() {
        return version == 0 ? base : base + "v" + version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArxivId other && base.equals(other.base) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, version);
    }

    private static boolean digitsFitMonth(String yymm, String number) {
        int month = Integer.parseInt(yymm.substring(2));
        if (month > 12) {
            return false;
        }
        // arXiv widened the number to five digits in January 2015
        return number.length() == (yymm.compareTo("1501") >= 0 ? 5 : 4);
    }

    private static int version(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.length() > 80 ? out + "..." : out.toString();
    }
}
