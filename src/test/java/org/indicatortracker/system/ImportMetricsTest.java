package org.indicatortracker.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Imported rows are counted once their transaction commits, never for a rolled-back import. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ImportMetricsTest {

    @Inject
    ImportMetrics metrics;

    @Inject
    MeterRegistry registry;

    private double count(String kind) {
        var counter = registry.find("indicators.import.rows").tags("source", "test", "kind", kind, "outcome", "created").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void rowsOfACommittedImportAreCounted() {
        QuarkusTransaction.requiringNew().run(() -> {
            metrics.rows("test", "committed", "created", 12);
            assertEquals(0, count("committed"), "not before the commit");
        });
        assertEquals(12, count("committed"));
    }

    @Test
    void rowsOfARolledBackImportAreNot() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            metrics.rows("test", "rolled-back", "created", 7);
            throw new IllegalStateException("the file was rejected half-way");
        }));
        assertEquals(0, count("rolled-back"));
    }

    @Test
    void theDemoDataCountsAsAnImport() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(body.contains("indicators_import_rows_total{kind=\"targets\",outcome=\"created\",source=\"demo\"} 37.0"),
                "the 37 demo targets were counted");
    }
}
