package io.papyri.examples.web;

import io.javalin.http.Context;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Who is asking, pseudonymously: a random id kept in the {@code papyri_uid} cookie for browsers, or
 * the {@code X-Papyri-User} header for API clients. It is the rater of ratings and the unit an
 * experiment assigns. The {@code papyri_csrf} cookie holds the token that state-changing requests
 * from a browser must repeat in {@code X-CSRF-Token}.
 */
final class Visitor {

    static final String USER_COOKIE = "papyri_uid";
    static final String CSRF_COOKIE = "papyri_csrf";
    static final String USER_HEADER = "X-Papyri-User";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ANONYMOUS = "anonymous";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER_ATTRIBUTE = "papyri.user";
    private static final String CSRF_ATTRIBUTE = "papyri.csrf";

    private Visitor() {
    }

    /** Makes sure a browser has both cookies, setting them on the response when missing or malformed. */
    static void identify(Context ctx) {
        String user = ctx.cookie(USER_COOKIE);
        if (user == null || !ID.matcher(user).matches()) {
            user = "u-" + random();
            setCookie(ctx, USER_COOKIE, user, true);
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || !csrf.matches("[0-9a-f]{32}")) {
            csrf = random();
            // readable by the page's script, which copies it into the header
            setCookie(ctx, CSRF_COOKIE, csrf, false);
        }
        ctx.attribute(USER_ATTRIBUTE, user);
        ctx.attribute(CSRF_ATTRIBUTE, csrf);
    }

    /** @return the visitor's id: the API header when valid, else the cookie */
    static String of(Context ctx) {
        String header = ctx.header(USER_HEADER);
        if (header != null && ID.matcher(header).matches()) {
            return header;
        }
        String user = ctx.attribute(USER_ATTRIBUTE);
        return user != null ? user : ANONYMOUS;
    }

    /** @return the CSRF token a page embeds */
    static String csrfToken(Context ctx) {
        String token = ctx.attribute(CSRF_ATTRIBUTE);
        return token == null ? "" : token;
    }

    /** @return whether the request came with the browser's cookies, which forged requests would carry too */
    static boolean hasBrowserCookies(Context ctx) {
        return ctx.cookie(USER_COOKIE) != null || ctx.cookie(CSRF_COOKIE) != null;
    }

    private static void setCookie(Context ctx, String name, String value, boolean httpOnly) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; Max-Age=31536000; SameSite=Strict"
                + (httpOnly ? "; HttpOnly" : ""));
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
