package org.indicatortracker.cache;

/**
 * Which requests the response cache may answer: anonymous GET/HEAD requests of the public API. Anything that
 * carries credentials (an Authorization header or the workspace's session cookie) may see drafts or personal data
 * ({@code /api/v1/session}, {@code /api/v1/users}) and is never cached or answered from the cache. Any cookie counts:
 * the API sets only the session cookie (path {@code /api/}), so public readers send none, and a renamed session
 * cookie can never slip into the cache.
 */
final class PublicGet {

    static final String API_PREFIX = "/api/v1/";
    static final String CACHE_CONTROL = "public, no-cache";
    static final String PRIVATE = "private, no-store";
    /** Public GETs are answered differently to signed-in users and scripts: shared caches must key on these. */
    static final String VARY = "Authorization, Cookie";
    private static final java.util.regex.Pattern ARCHIVED_FILE = java.util.regex.Pattern.compile("/api/v1/sources/[^/]+/files/[^/]+/?");

    /** The workspace's session cookie (see workspace.SessionConfig); its presence makes a request personal. */
    private static final String SESSION_COOKIE = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("indicators.session.cookie-name", String.class).orElse("indicators-session") + "=";

    private PublicGet() {
    }

    static boolean isCacheable(String method, String path, String authorization, String cookie) {
        return ("GET".equals(method) || "HEAD".equals(method))
                && path.startsWith(API_PREFIX)
                && !path.startsWith("/api/v1/export")
                && !ARCHIVED_FILE.matcher(path).matches() // archived originals: large, immutable, sent with their own ETag
                && authorization == null
                && (cookie == null || cookie.isBlank());
    }

    /** True when an If-None-Match header lists this ETag (or is "*"). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals(etag) || c.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
