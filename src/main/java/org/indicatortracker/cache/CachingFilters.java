package org.indicatortracker.cache;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The REST side of the response cache: notes the data version before a public GET reads anything, sets ETag and
 * Cache-Control on the way out, and keeps the serialised bytes of successful public GETs for the next request.
 * (A write during the request leaves the entry with the older version, so it is simply not served.)
 */
@Provider
public class CachingFilters implements WriterInterceptor {

    private static final String KEY = "indicators.cache.key";
    private static final String VERSION = "indicators.cache.version";
    private static final String STORE = "indicators.cache.store";

    /** The query parameters each endpoint method declares. */
    private static final Map<Method, Set<String>> QUERY_PARAMETERS = new ConcurrentHashMap<>();

    @Inject
    ResponseCache cache;

    @Inject
    DataVersion dataVersion;

    @ServerRequestFilter(preMatching = true)
    public void before(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!PublicGet.isCacheable(request.getMethod(), path, request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(HttpHeaders.COOKIE))) {
            return;
        }
        Map<String, List<String>> query = new HashMap<>(request.getUriInfo().getQueryParameters());
        request.setProperty(KEY, ResponseCache.key(path, query));
        request.setProperty(VERSION, dataVersion.current());
    }

    @ServerResponseFilter
    public void after(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Object key = request.getProperty(KEY);
        if (key == null) {
            if (request.getUriInfo().getPath().startsWith(PublicGet.API_PREFIX)
                    && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PublicGet.PRIVATE);
            }
            return;
        }
        if (response.getStatus() != 200) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        long version = (Long) request.getProperty(VERSION);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PublicGet.CACHE_CONTROL);
        if (version >= 0) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, ResponseCache.etag(version, (String) key));
            response.getHeaders().putSingle(HttpHeaders.VARY, PublicGet.VARY);
            if (onlyKnownParameters(request, resource)) {
                request.setProperty(STORE, Boolean.TRUE);
            }
        }
    }

    /**
     * A request with a query parameter its endpoint does not read (a cache-buster such as {@code &x=123}) is answered
     * but not kept: otherwise anyone could fill the cache with copies of one answer and push out the useful ones.
     */
    private static boolean onlyKnownParameters(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return false;
        }
        Set<String> known = QUERY_PARAMETERS.computeIfAbsent(method, m -> Arrays.stream(m.getParameters())
                .map(p -> p.getAnnotation(QueryParam.class)).filter(Objects::nonNull).map(QueryParam::value)
                .collect(Collectors.toUnmodifiableSet()));
        return known.containsAll(request.getUriInfo().getQueryParameters().keySet());
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null || context.getProperty(STORE) == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        context.setOutputStream(buffer);
        context.proceed();
        byte[] body = buffer.toByteArray();
        context.setOutputStream(original);
        original.write(body);
        long version = (Long) context.getProperty(VERSION);
        String type = String.valueOf(context.getMediaType());
        Object disposition = context.getHeaders().getFirst("Content-Disposition");
        cache.put((String) key, ResponseCache.Entry.of(body, type.contains("charset") || !type.startsWith("application/json")
                ? type : type + ";charset=UTF-8", disposition == null ? null : disposition.toString(), version,
                ResponseCache.etag(version, (String) key)));
    }
}
