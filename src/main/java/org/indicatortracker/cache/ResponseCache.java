package org.indicatortracker.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Public GET responses kept as the exact bytes sent, per request (path and canonical query) and data version.
 * A hit costs no database round trip and no serialisation. Entries of an older data version are not served
 * while the database is up; while it is down they are served, marked stale.
 */
@ApplicationScoped
public class ResponseCache {

    /** Bounded by bytes, not entries: a national compare-regions chart is much bigger than a series. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * One cached response. The bytes are wrapped once in a buffer that every hit writes as a slice: no copy per
     * request. They stay on the heap: off-heap copies of large answers (a national ranking is 2 MB) are freed only
     * after a garbage collection and, while the cache turns over, push the JVM into full collections.
     */
    public record Entry(Buffer wire, String contentType, String contentDisposition, long version, String etag) {

        public static Entry of(byte[] body, String contentType, String contentDisposition, long version, String etag) {
            return new Entry(Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body))), contentType,
                    contentDisposition, version, etag);
        }

        public int length() {
            return wire.length();
        }
    }

    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry e) -> key.length() * 2 + e.length() + 200)
            .build();
    private final Counter hits;
    private final Counter misses;
    private final Counter notModified;
    private final Counter stale;

    ResponseCache(MeterRegistry registry) {
        hits = Counter.builder("indicators.cache.requests").tag("result", "hit").description("Public GETs answered from the response cache").register(registry);
        misses = Counter.builder("indicators.cache.requests").tag("result", "miss").register(registry);
        notModified = Counter.builder("indicators.cache.requests").tag("result", "not_modified").register(registry);
        stale = Counter.builder("indicators.cache.requests").tag("result", "stale").register(registry);
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    public void put(String key, Entry entry) {
        Entry existing = entries.getIfPresent(key);
        if (existing == null || existing.version() <= entry.version()) {
            entries.put(key, entry);
        }
    }

    void countHit() {
        hits.increment();
    }

    void countMiss() {
        misses.increment();
    }

    void countNotModified() {
        notModified.increment();
    }

    void countStale() {
        stale.increment();
    }

    /** Drops entries of data versions older than {@code version} (housekeeping; correctness does not depend on it). */
    public int evictOlderThan(long version) {
        List<String> old = entries.asMap().entrySet().stream()
                .filter(e -> e.getValue().version() < version).map(Map.Entry::getKey).toList();
        entries.invalidateAll(old);
        return old.size();
    }

    public long size() {
        return entries.estimatedSize();
    }

    /** "path?a=1&b=2": query parameters sorted by name then value, so equivalent URLs share an entry. */
    public static String key(String path, Map<String, List<String>> query) {
        if (query.isEmpty()) {
            return path;
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>(query);
        return path + "?" + sorted.entrySet().stream()
                .flatMap(e -> e.getValue().stream().sorted().map(v -> e.getKey() + "=" + v))
                .collect(Collectors.joining("&"));
    }

    /** A strong validator derived from the data version and the request: no body needed to compare. */
    public static String etag(long version, String key) {
        return "\"" + version + "-" + Integer.toHexString(key.hashCode()) + "-" + RELEASE + "\"";
    }

    /** A new release may serialise differently: its ETags differ even for the same data version. */
    private static final String RELEASE = Integer.toHexString(org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.application.version", String.class).orElse("dev").hashCode() & 0xffff);
}
