package org.indicatortracker.system;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The language of messages for the current request: Chinese unless the client prefers English, by
 * {@code ?lang=en} or an {@code Accept-Language} whose first choice is English.
 */
public final class Lang {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    private Lang() {
    }

    public static Locale current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return ZH;
        }
        try (InstanceHandle<CurrentVertxRequest> handle = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext rc = handle.isAvailable() ? handle.get().getCurrent() : null;
            return rc == null ? ZH : of(rc.request());
        }
    }

    public static Locale of(HttpServerRequest request) {
        String lang = request.getParam("lang");
        if (lang != null && !lang.isBlank()) {
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        return fromHeader(request.getHeader("Accept-Language"));
    }

    /** The first language listed with the highest weight decides; anything but English means Chinese. */
    public static Locale fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ZH;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("en") ? EN : ZH;
        } catch (IllegalArgumentException e) {
            return ZH;
        }
    }

    /** A message in both languages. */
    public record Text(String zh, String en) {
        public String in(Locale locale) {
            return EN.getLanguage().equals(locale.getLanguage()) ? en : zh;
        }

        public String current() {
            return in(Lang.current());
        }

        public static Text of(String zh, String en) {
            return new Text(zh, en);
        }
    }

    /** An API failure whose title and detail follow the request's language. */
    public static ApiException problem(int status, Text title, Text detail) {
        Locale locale = current();
        return new ApiException(Problem.of(status, title.in(locale), detail.in(locale)));
    }
}
