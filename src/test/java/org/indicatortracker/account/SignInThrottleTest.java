package org.indicatortracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are throttled per (account, client address) in PostgreSQL, for the sign-in page and for HTTP Basic
 * alike. Client addresses come from X-Forwarded-For, which the test profile trusts (as production trusts its proxy).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SignInThrottleTest {

    private static final String PASSWORD = "throttle-test-password";

    @Inject
    EntityManager em;

    private static String account(String name) {
        SignedIn.createAccount(name, PASSWORD, List.of("editor"), List.of());
        return name;
    }

    private static Response basic(String user, String password, String address) {
        return given().auth().preemptive().basic(user, password).header("X-Forwarded-For", address).get("/api/v1/session");
    }

    private long rows(String account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from sign_in_throttle where account_key = ?1").setParameter(1, account).getSingleResult()).longValue());
    }

    @Test
    void fiveFailuresAreFreeThenTheSixthAttemptMustWaitEvenWithTheRightPassword() {
        String user = account("throttle-page");
        for (int i = 0; i < 5; i++) {
            SignedIn.signIn(user, "wrong-" + i, "203.0.113.10").then().statusCode(401);
        }
        Response blocked = SignedIn.signIn(user, PASSWORD, "203.0.113.10");
        blocked.then().statusCode(429).contentType("application/problem+json")
                .body("detail", containsString("Try again in"));
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After within the first one-minute wait: " + retryAfter);
    }

    @Test
    void httpBasicIsThrottledTheSameWay() {
        String user = account("throttle-basic");
        for (int i = 0; i < 5; i++) {
            basic(user, "wrong-" + i, "203.0.113.20").then().statusCode(401);
        }
        Response blocked = basic(user, PASSWORD, "203.0.113.20");
        blocked.then().statusCode(429);
        assertTrue(Long.parseLong(blocked.header("Retry-After")) >= 1);
    }

    @Test
    void aGuesserCannotLockTheOwnerOutFromAnotherAddress() {
        String user = account("throttle-owner");
        for (int i = 0; i < 8; i++) {
            SignedIn.signIn(user, "wrong-" + i, "203.0.113.30").then().statusCode(i < 5 ? 401 : 429);
        }
        SignedIn.signIn(user, PASSWORD, "198.51.100.30").then().statusCode(200);
        basic(user, PASSWORD, "198.51.100.31").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        String user = account("throttle-typo");
        for (int i = 0; i < 4; i++) {
            SignedIn.signIn(user, "wrong-" + i, "203.0.113.40").then().statusCode(401);
        }
        assertEquals(1, rows(user));
        SignedIn.signIn(user, PASSWORD, "203.0.113.40").then().statusCode(200);
        assertEquals(0, rows(user), "the count is gone");
        for (int i = 0; i < 4; i++) {
            SignedIn.signIn(user, "wrong-again-" + i, "203.0.113.40").then().statusCode(401);
        }
    }

    @Test
    void whenTheWaitIsOverTheRightPasswordWorksAgain() {
        String user = account("throttle-patient");
        for (int i = 0; i < 5; i++) {
            SignedIn.signIn(user, "wrong-" + i, "203.0.113.50").then().statusCode(401);
        }
        SignedIn.signIn(user, PASSWORD, "203.0.113.50").then().statusCode(429);
        // a minute passes (on the database's clock, which every replica shares)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update sign_in_throttle set blocked_until = now() - interval '1 second' where account_key = ?1")
                .setParameter(1, user).executeUpdate());
        SignedIn.signIn(user, PASSWORD, "203.0.113.50").then().statusCode(200);
        assertEquals(0, rows(user));
    }

    @Test
    void parallelGuessesCannotGetPastTheLimit() throws Exception {
        String user = account("throttle-burst");
        SignedIn.signIn(user, "first-wrong", "203.0.113.60").then().statusCode(401);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                return SignedIn.signIn(user, "parallel-" + n, "203.0.113.60").statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : futures) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(4, Collections.frequency(codes, 401), "only four more passwords were checked: " + codes);
        assertEquals(6, Collections.frequency(codes, 429), codes.toString());
    }

    @Test
    void failuresAndRefusalsAreLoggedWithAccountAndAddress() {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getParameters() == null ? record.getMessage()
                        : String.format(record.getMessage(), record.getParameters())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(PasswordIdentityProvider.class.getName());
        logger.addHandler(capture);
        try {
            String user = account("throttle-logged");
            for (int i = 0; i < 6; i++) {
                SignedIn.signIn(user, "wrong-" + i, "203.0.113.70");
            }
            SignedIn.signIn("nobody-by-this-name", "whatever-123", "203.0.113.71").then().statusCode(401);
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("throttle-logged") && l.contains("203.0.113.70")
                && l.contains("wrong password")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("throttle-logged") && l.contains("too many failures")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("nobody-by-this-name") && l.contains("no such account")), lines.toString());
    }
}
