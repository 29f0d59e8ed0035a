package io.journeymaps.standalone.web;

import java.util.Arrays;
import java.util.Optional;

import io.journeymaps.host.UserRef;
import io.journeymaps.standalone.site.DemoContent;
import io.journeymaps.standalone.site.DemoUser;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Small facts about a request: who (set by {@link AuthFilter}), which UI language, JSON or HTML. */
final class Requests {
    static final String USER_COOKIE = "jm-demo-user";
    static final String LANGUAGE_COOKIE = "jm-demo-lang";
    static final String USER_ATTRIBUTE = "io.journeymaps.standalone.user";

    private Requests() {
    }

    /** The signed-in demo user, or null when anonymous. */
    static DemoUser user(HttpServletRequest request) {
        return (DemoUser) request.getAttribute(USER_ATTRIBUTE);
    }

    static UserRef userRef(HttpServletRequest request) {
        DemoUser user = user(request);
        return user == null ? null : user.ref();
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }

    /** en, ar or fa: the language switcher's choice, else the user's locale, else English. */
    static String uiLanguage(HttpServletRequest request) {
        Optional<String> chosen = cookie(request, LANGUAGE_COOKIE).filter(DemoContent.LANGUAGES::contains);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        DemoUser user = user(request);
        String fromLocale = user == null ? "en" : user.locale().split("_")[0];
        return DemoContent.LANGUAGES.contains(fromLocale) ? fromLocale : "en";
    }

    /** The Java-style locale Confluence puts in {@code ajs-user-locale}. */
    static String locale(String uiLanguage) {
        return switch (uiLanguage) {
            case "ar" -> "ar_SA";
            case "fa" -> "fa_IR";
            default -> "en_GB";
        };
    }

    static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    /** API clients ask for JSON; browsers ask for HTML (their Accept lists text/html first). */
    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            return true;
        }
        return isJson(request);
    }

    /** The request's own origin, as a browser would send it in the Origin header. */
    static String origin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader("Host");
    }

    /** A same-site path to go back to; anything else becomes "/". */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
