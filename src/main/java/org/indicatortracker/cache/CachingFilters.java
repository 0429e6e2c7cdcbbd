package org.indicatortracker.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
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
 * (A write during the request leaves the entry with the older version, so it is simply not served.) Being a writer
 * interceptor, it also serialises JSON itself (see {@link #aroundWriteTo}).
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

    /** The application's configured mapper (JsonConfig), the same one Quarkus REST's writer uses. */
    @Inject
    ObjectMapper json;

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

    /**
     * Writes JSON entities as UTF-8 bytes in one pass. (With any writer interceptor present, Quarkus REST's Jackson
     * writer takes its general path: the whole document as a String, then re-encoded; for a 2 MB chart that is three
     * times the garbage, and on two cores the collections it causes are the slowest part of an uncached request.)
     * Successful public GETs also keep those bytes in the response cache.
     */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        boolean store = context.getProperty(KEY) != null && context.getProperty(STORE) != null;
        byte[] body = null;
        if (isJson(context.getMediaType()) && isObject(context.getEntity())) {
            body = json.writeValueAsBytes(context.getEntity());
            // the rest of the chain writes these bytes as they are (the byte[] writer)
            context.setEntity(body);
            context.setType(byte[].class);
            context.setGenericType(byte[].class);
            context.proceed();
        } else if (store) {
            OutputStream original = context.getOutputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            context.setOutputStream(buffer);
            context.proceed();
            context.setOutputStream(original);
            body = buffer.toByteArray();
            original.write(body);
        } else {
            context.proceed();
        }
        if (!store) {
            return;
        }
        String key = (String) context.getProperty(KEY);
        long version = (Long) context.getProperty(VERSION);
        String type = String.valueOf(context.getMediaType());
        Object disposition = context.getHeaders().getFirst("Content-Disposition");
        cache.put(key, ResponseCache.Entry.of(body, type.contains("charset") || !type.startsWith("application/json")
                ? type : type + ";charset=UTF-8", disposition == null ? null : disposition.toString(), version,
                ResponseCache.etag(version, key)));
    }

    /** An object for Jackson, not something already serialised or streamed. */
    private static boolean isObject(Object entity) {
        return entity != null && !(entity instanceof String || entity instanceof byte[] || entity instanceof StreamingOutput
                || entity instanceof java.io.InputStream || entity instanceof java.io.File || entity instanceof java.nio.file.Path);
    }

    /** application/json (not problem+json, whose writer Quarkus picks for the error mapper's records). */
    private static boolean isJson(MediaType type) {
        return type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardSubtype();
    }
}
