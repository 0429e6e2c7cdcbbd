package org.indicatortracker.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SecurityHeadersTest {

    private static final List<String> PATHS = List.of("/", "/api/v1/regions", "/api/v1/targets?region=CN",
            "/api/v1/nothing-here", "/workspace/", "/workspace/sign-in.html", "/q/health/ready", "/q/openapi",
            "/webjars/chart.js/dist/chart.umd.js");

    @Test
    void everyResponseCarriesTheSecurityHeadersAndAPolicyWithoutInlineScript() {
        for (String path : PATHS) {
            Response r = given().redirects().follow(false).get(path);
            String csp = r.header("Content-Security-Policy");
            assertThat(path, csp, notNullValue());
            assertThat(path, csp, containsString("script-src 'self';"));
            assertThat(path, csp, not(containsString("unsafe-inline")));
            assertThat(path, csp, not(containsString("unsafe-eval")));
            assertThat(path, csp, containsString("object-src 'none'"));
            assertThat(path, csp, containsString("frame-ancestors 'none'"));
            assertThat(path, r.header("X-Frame-Options"), equalTo("DENY"));
            assertThat(path, r.header("X-Content-Type-Options"), equalTo("nosniff"));
            assertThat(path, r.header("Referrer-Policy"), equalTo("strict-origin-when-cross-origin"));
        }
        given().post("/api/v1/targets").then().statusCode(401).header("Content-Security-Policy", notNullValue());
    }

    @Test
    void answersFromTheResponseCacheCarryTheHeadersToo() {
        given().get("/api/v1/indicators").then().statusCode(200);
        Response cached = given().get("/api/v1/indicators");
        String etag = cached.header("ETag");
        Response notModified = given().header("If-None-Match", etag).get("/api/v1/indicators");
        assertThat(notModified.statusCode(), equalTo(304));
        for (Response r : List.of(cached, notModified)) {
            assertThat(r.header("Content-Security-Policy"), containsString("frame-ancestors 'none'"));
            assertThat(r.header("X-Content-Type-Options"), equalTo("nosniff"));
            assertThat(r.header("X-Frame-Options"), equalTo("DENY"));
        }
    }

    @Test
    void thePublicPageMayBeFramedInEmbedModeButTheWorkspaceNever() {
        Response embed = given().get("/?embed=1");
        embed.then().statusCode(200).header("X-Frame-Options", nullValue());
        assertThat(embed.header("Content-Security-Policy"), containsString("frame-ancestors *"));
        assertThat(embed.header("Content-Security-Policy"), containsString("script-src 'self';"));

        for (String path : List.of("/workspace/?embed=1", "/workspace/sign-in.html?embed=1", "/api/v1/regions?embed=1")) {
            Response r = given().get(path);
            assertThat(path, r.header("Content-Security-Policy"), containsString("frame-ancestors 'none'"));
            assertThat(path, r.header("X-Frame-Options"), equalTo("DENY"));
        }
    }

    @Test
    void swaggerUiGetsItsOwnLooserPolicyThatStillForbidsFraming() {
        Response r = given().get("/q/swagger-ui/");
        r.then().statusCode(200);
        assertThat(r.header("Content-Security-Policy"), containsString("script-src 'self' 'unsafe-inline'"));
        assertThat(r.header("Content-Security-Policy"), containsString("frame-ancestors 'none'"));
        assertThat(r.header("X-Content-Type-Options"), equalTo("nosniff"));
    }

    @Test
    void hstsIsSentOnlyWhenTheRequestCameOverTls() {
        given().get("/").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").get("/").then()
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        given().header("X-Forwarded-Proto", "https").get("/api/v1/regions").then()
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void publicReadsSetNoCookies() {
        for (String path : List.of("/", "/?embed=1", "/api/v1/regions", "/api/v1/indicators", "/api/v1/targets?region=CN",
                "/api/v1/actuals?region=CN", "/api/v1/evaluations?region=CN", "/api/v1/scorecard?region=CN&year=2023",
                "/workspace/", "/workspace/js/api.js")) {
            Response r = given().get(path);
            assertThat(path, r.statusCode(), equalTo(200));
            assertThat(path, r.header("Set-Cookie"), nullValue());
        }
    }
}
