package org.indicatortracker.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** The probe paths written in the Deployment exist in the application and answer UP. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ProbePathsTest {

    @Test
    void theDeploymentsProbePathsAnswerUp() throws Exception {
        JsonNode tree = Manifests.trees(Files.readString(Path.of("k8s/base/deployment.yaml"))).get(0);
        Container app = Manifests.strict("k8s/base/deployment.yaml", tree).as(Deployment.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        List<String> paths = List.of(app.getStartupProbe().getHttpGet().getPath(), app.getReadinessProbe().getHttpGet().getPath(),
                app.getLivenessProbe().getHttpGet().getPath());
        assertEquals(3, paths.stream().distinct().count());
        for (String path : paths) {
            given().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void readinessIncludesTheDatabaseSoAnOutageTakesThePodOutOfService() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem(org.hamcrest.Matchers.containsString("Database")));
    }
}
