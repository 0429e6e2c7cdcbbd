package org.indicatortracker.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A small OpenID Connect provider for tests (authorization code flow, RS256 tokens): discovery, authorization,
 * token and key-set endpoints. Who "signs in" at the provider is the {@code login_hint} of the authorization
 * request; without one the provider shows a one-field sign-in form that sets it (for browser tests). Every token also claims the {@code admin} group, so tests
 * can show that roles never come from the provider. The application is pointed at it by the returned configuration.
 */
public class IdentityProviderResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "indicator-tracker";
    public static final String CLIENT_SECRET = "test-only-client-secret-0123456789";
    private static final String REALM = "/realms/planning";

    /** The post_logout_redirect_uri of every sign-out the provider was asked for, oldest first. */
    public static final List<String> SIGNED_OUT = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HttpServer server;
    private RsaJsonWebKey key;
    private String issuer;
    /** Issued codes: code → (user name, redirect URI); each code can be redeemed once. */
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-key");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JoseException | IOException e) {
            throw new IllegalStateException("cannot start the test identity provider", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        server.createContext(REALM + "/.well-known/openid-configuration", ex -> send(ex, 200, "application/json", """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token",\
                "jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],"subject_types_supported":["public"],\
                "id_token_signing_alg_values_supported":["RS256"],\
                "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}""".formatted(issuer)));
        server.createContext(REALM + "/certs", ex -> send(ex, 200, "application/json",
                new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        server.createContext(REALM + "/auth", this::authorize);
        server.createContext(REALM + "/token", this::token);
        server.createContext(REALM + "/logout", this::logout);
        server.start();
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.http.auth.permission.sso.enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        String user = q.get("login_hint");
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))) {
            send(ex, 400, "text/plain", "bad authorization request");
            return;
        }
        if (user == null || user.isBlank()) {
            send(ex, 200, "text/html; charset=utf-8", loginForm(q));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new String[] {user, q.get("redirect_uri")});
        String back = q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Location", back);
        send(ex, 302, "text/plain", "");
    }

    /**
     * RP-initiated logout: records who asked and sends the browser back to the registered address (here: the
     * application's sign-in page on any local port).
     */
    private void logout(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        String back = q.get("post_logout_redirect_uri");
        if (!CLIENT_ID.equals(q.get("client_id")) || back == null || !back.matches("http://(localhost|127\\.0\\.0\\.1):\\d+/workspace/sign-in\\.html\\?signedOut=1(&lang=en)?")) {
            send(ex, 400, "text/plain", "unknown client or unregistered post_logout_redirect_uri");
            return;
        }
        SIGNED_OUT.add(back);
        ex.getResponseHeaders().add("Location", back);
        send(ex, 302, "text/plain", "");
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> f = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        boolean clientOk = ("Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8))).equals(basic) || CLIENT_SECRET.equals(f.get("client_secret"));
        String[] grant = f.get("code") == null ? null : codes.remove(f.get("code"));
        if (!clientOk || grant == null || !"authorization_code".equals(f.get("grant_type"))
                || !grant[1].equals(f.get("redirect_uri"))) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            send(ex, 200, "application/json", """
                    {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":300}"""
                    .formatted(sign(grant[0]), sign(grant[0])));
        } catch (JoseException e) {
            throw new IOException(e);
        }
    }

    /** The provider's own sign-in page: a user name, and the authorization request's parameters carried along. */
    private static String loginForm(Map<String, String> request) {
        StringBuilder hidden = new StringBuilder();
        request.forEach((name, value) -> hidden.append("<input type=\"hidden\" name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\">"));
        return "<!doctype html><title>Test identity provider</title><form id=\"idp-login\" method=\"get\">"
                + hidden + "<label>User <input name=\"login_hint\" id=\"idp-user\"></label>"
                + "<button type=\"submit\" id=\"idp-submit\">Sign in</button></form>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private String sign(String user) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject("sub-" + user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("azp", CLIENT_ID);
        claims.setStringListClaim("groups", List.of("admin"));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
