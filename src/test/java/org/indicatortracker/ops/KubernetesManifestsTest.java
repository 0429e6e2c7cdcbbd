package org.indicatortracker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.indicatortracker.ops.Manifests.Doc;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests under k8s/, checked offline: every document (source files, and each overlay as
 * {@code kubectl kustomize} renders it) parses strictly against the Kubernetes model, and the properties that
 * keep the service up and safe hold. The CloudNativePG resources have no model here; their key fields are
 * checked one by one.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final String APP = "indicator-tracker";
    private static final Map<String, String> APP_SELECTOR = Map.of("app.kubernetes.io/name", APP);
    private static final Map<String, List<Doc>> RENDERED = new HashMap<>();

    // ---------------------------------------------------------------- the strict reader itself

    @Test
    void theStrictReaderRejectsMisspeltAndMistypedFields() throws IOException {
        String good = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: 80\n";
        assertEquals(80, Manifests.strict(good, Service.class).getSpec().getPorts().get(0).getPort());
        assertThrows(IOException.class, () -> Manifests.strict(good.replace("- port:", "- prot:"), Service.class));
        assertThrows(IOException.class, () -> Manifests.strict(good.replace("port: 80", "port: \"80\""), Service.class));
        assertThrows(IOException.class, () -> Manifests.strict(good.replace("port: 80", "port: eighty"), Service.class));
        assertThrows(IOException.class, () -> Manifests.strict(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: two}\n", Deployment.class));
        assertThrows(AssertionError.class, () -> Manifests.strict("x.yaml", Manifests.trees("apiVersion: v1\nkind: Pdo\n").get(0)),
                "an unknown kind is refused");
    }

    // ---------------------------------------------------------------- source files

    @Test
    void everySourceDocumentMatchesTheKubernetesModel() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(K8S)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "found the manifests: " + files);
        int checked = 0;
        for (Path file : files) {
            for (JsonNode tree : Manifests.trees(Files.readString(file))) {
                String kind = tree.path("kind").asText();
                if (kind.equals("Kustomization") || kind.equals("Component")) {
                    continue;
                }
                Manifests.strict(file.toString(), tree);
                checked++;
            }
        }
        assertTrue(checked >= 15, "checked " + checked + " documents");
    }

    // ---------------------------------------------------------------- every rendered overlay

    private static synchronized List<Doc> rendered(String overlay) {
        Path kubectl = Manifests.kubectl().orElse(null);
        Assumptions.assumeTrue(kubectl != null,
                "kubectl is not installed: rendered overlays are not checked here (it is part of the CI machine image, not installable from Debian; the source files are still checked)");
        return RENDERED.computeIfAbsent(overlay, o -> Manifests.trees(Manifests.render(kubectl, K8S.resolve("overlays").resolve(o)))
                .stream().map(tree -> Manifests.strict("overlays/" + o, tree)).toList());
    }

    private static List<Doc> ofKind(List<Doc> docs, String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    private static Doc one(List<Doc> docs, String kind, String name) {
        List<Doc> found = docs.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).toList();
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    private static Deployment app(List<Doc> docs) {
        return one(docs, "Deployment", APP).as(Deployment.class);
    }

    private static Container appContainer(List<Doc> docs) {
        return app(docs).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyRenderedDocumentMatchesTheKubernetesModelAndLivesInTheOverlayNamespace(String overlay) {
        List<Doc> docs = rendered(overlay);
        Namespace ns = ofKind(docs, "Namespace").get(0).as(Namespace.class);
        assertEquals("restricted", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"),
                "the namespace enforces the restricted Pod Security Standard");
        for (Doc d : docs) {
            if (!d.kind().equals("Namespace")) {
                assertEquals(ns.getMetadata().getName(), d.tree().path("metadata").path("namespace").asText(), d.apiKind() + " " + d.name());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void selectorsMatchThePodLabels(String overlay) {
        List<Doc> docs = rendered(overlay);
        Deployment deployment = app(docs);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(selects(deployment.getSpec().getSelector().getMatchLabels(), podLabels), "the Deployment selects its pods");
        Service service = one(docs, "Service", APP).as(Service.class);
        assertTrue(selects(service.getSpec().getSelector(), podLabels), "the Service selects the pods");
        for (Doc d : ofKind(docs, "PodDisruptionBudget")) {
            assertTrue(selects(d.as(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(), podLabels), "PDB selector");
        }
        for (Doc d : ofKind(docs, "NetworkPolicy")) {
            NetworkPolicy np = d.as(NetworkPolicy.class);
            if (np.getMetadata().getName().startsWith(APP)) {
                assertTrue(selects(np.getSpec().getPodSelector().getMatchLabels(), podLabels), np.getMetadata().getName() + " selects the app");
            }
        }
        for (Doc d : ofKind(docs, "HorizontalPodAutoscaler")) {
            HorizontalPodAutoscaler hpa = d.as(HorizontalPodAutoscaler.class);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(APP, hpa.getSpec().getScaleTargetRef().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressReachesTheServiceAndTheServiceReachesTheContainerPort(String overlay) {
        List<Doc> docs = rendered(overlay);
        Service service = one(docs, "Service", APP).as(Service.class);
        Set<String> containerPorts = appContainer(docs).getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
        for (ServicePort port : service.getSpec().getPorts()) {
            assertTrue(containerPorts.contains(port.getTargetPort().getStrVal()), "targetPort " + port.getTargetPort() + " is a named container port");
        }
        Ingress ingress = one(docs, "Ingress", APP).as(Ingress.class);
        IngressBackend backend = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend();
        assertEquals(service.getMetadata().getName(), backend.getService().getName());
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getService().getPort().getName())));
        assertEquals(ingress.getSpec().getTls().get(0).getHosts().get(0), ingress.getSpec().getRules().get(0).getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesUseTheHealthEndpointsOnTheHttpPort(String overlay) {
        Container c = appContainer(rendered(overlay));
        assertProbe("/q/health/started", c.getStartupProbe().getHttpGet());
        assertProbe("/q/health/ready", c.getReadinessProbe().getHttpGet());
        assertProbe("/q/health/live", c.getLivenessProbe().getHttpGet());
        assertTrue(c.getStartupProbe().getPeriodSeconds() * c.getStartupProbe().getFailureThreshold() >= 30,
                "start-up gets at least 30 s before liveness takes over");
    }

    private static void assertProbe(String path, HTTPGetAction get) {
        assertNotNull(get, path);
        assertEquals(path, get.getPath());
        assertEquals("http", get.getPort().getStrVal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsRestrictedWithResourcesAndAPinnedImage(String overlay) {
        List<Doc> docs = rendered(overlay);
        for (Doc d : docs) {
            PodTemplateSpec template = d.kind().equals("Deployment") ? d.as(Deployment.class).getSpec().getTemplate()
                    : d.kind().equals("StatefulSet") ? d.as(StatefulSet.class).getSpec().getTemplate() : null;
            if (template == null) {
                continue;
            }
            String what = d.kind() + " " + d.name();
            PodSpec pod = template.getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), what + ": no API token");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), what);
            assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0,
                    what + ": a numeric non-root user, since runAsNonRoot cannot check a user name");
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), what);
            for (Container c : pod.getContainers()) {
                String container = what + " / " + c.getName();
                assertTrue(c.getImage().matches("[^:@]+(:[A-Za-z0-9_.-]+|@sha256:[0-9a-f]{64})"), container + ": tagged image " + c.getImage());
                assertFalse(c.getImage().endsWith(":latest"), container + ": no :latest");
                var sc = c.getSecurityContext();
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), container);
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), container);
                assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), container);
                assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(), container);
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), container + ": writable /tmp");
                Map<String, Quantity> requests = c.getResources().getRequests();
                Map<String, Quantity> limits = c.getResources().getLimits();
                assertNotNull(requests.get("cpu"), container + ": cpu request");
                assertNotNull(requests.get("memory"), container + ": memory request");
                assertNotNull(limits.get("memory"), container + ": memory limit");
                assertTrue(Quantity.getAmountInBytes(limits.get("memory")).compareTo(Quantity.getAmountInBytes(requests.get("memory"))) >= 0,
                        container + ": limit >= request");
            }
            String tmpVolume = pod.getContainers().get(0).getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow().getName();
            assertTrue(pod.getVolumes().stream().anyMatch(v -> v.getName().equals(tmpVolume) && v.getEmptyDir() != null),
                    what + ": /tmp is an emptyDir");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shutdownIsGracefulAndRollingUpdatesNeverGoBelowTheReplicaCount(String overlay) throws IOException {
        Deployment d = app(rendered(overlay));
        assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals("true", props.getProperty("quarkus.shutdown.delay-enabled"), "readiness goes down before the server stops");
        Duration delay = duration(props.getProperty("%prod.quarkus.shutdown.delay"));
        Duration timeout = duration(props.getProperty("%prod.quarkus.shutdown.timeout"));
        long grace = d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(grace > delay.plus(timeout).toSeconds(),
                "terminationGracePeriodSeconds " + grace + " covers the shutdown delay " + delay + " and timeout " + timeout);
        assertTrue(delay.toSeconds() >= 2 * 5 - 5, "the delay outlasts about one readiness period");
    }

    /** "${INDICATORS_SHUTDOWN_DELAY:5s}" → 5 s. */
    private static Duration duration(String property) {
        String value = property.replaceAll("^\\$\\{[^:]+:(.*)}$", "$1");
        return Duration.ofSeconds(Long.parseLong(value.replace("s", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theNetworkPolicyLetsInOnlyTheIngressControllerAndTheScraperAndLetsOutOnlyDnsAndPostgres(String overlay) {
        List<Doc> docs = rendered(overlay);
        NetworkPolicy np = one(docs, "NetworkPolicy", APP).as(NetworkPolicy.class);
        assertEquals(List.of("Ingress", "Egress"), np.getSpec().getPolicyTypes());
        List<String> sources = np.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream())
                .map(p -> p.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")).sorted().toList();
        assertEquals(List.of("ingress-nginx", "monitoring"), sources);
        for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
            assertEquals(List.of(8080), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList());
            rule.getFrom().forEach(p -> assertNotNull(p.getPodSelector(), "a namespace and a pod selector, never a whole namespace"));
        }
        for (NetworkPolicyEgressRule rule : np.getSpec().getEgress()) {
            assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), "no egress rule open to everything");
            assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(), "every egress rule names its ports");
        }
        assertTrue(np.getSpec().getEgress().stream().anyMatch(r -> r.getPorts().stream()
                .filter(p -> p.getPort().getIntVal() == 53).map(p -> p.getProtocol()).collect(Collectors.toSet())
                .equals(Set.of("UDP", "TCP"))), "DNS over UDP and TCP");
        NetworkPolicyPeer database = np.getSpec().getEgress().stream().filter(r -> r.getPorts().get(0).getPort().getIntVal() == 5432)
                .findFirst().orElseThrow().getTo().get(0);
        assertEquals(Map.of("indicator-tracker/role", "database"), database.getPodSelector().getMatchLabels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void configAndSecretReferencesPointAtWhatExists(String overlay) {
        List<Doc> docs = rendered(overlay);
        Container c = appContainer(docs);
        Set<String> configMaps = ofKind(docs, "ConfigMap").stream().map(Doc::name).collect(Collectors.toSet());
        c.getEnvFrom().forEach(e -> assertTrue(configMaps.contains(e.getConfigMapRef().getName()),
                "envFrom " + e.getConfigMapRef().getName() + " is rendered (with its content hash)"));
        Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        for (String key : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            var ref = env.get(key).getValueFrom().getSecretKeyRef();
            assertTrue(ref.getName().startsWith("indicators-db-app"), key + " comes from the <cluster>-app Secret");
            assertTrue(ref.getOptional() == null || !ref.getOptional(), key + " is required");
        }
        assertEquals("jdbc-uri", env.get("QUARKUS_DATASOURCE_JDBC_URL").getValueFrom().getSecretKeyRef().getKey());
        assertEquals(Boolean.TRUE, env.get("INDICATORS_ADMIN_PASSWORD").getValueFrom().getSecretKeyRef().getOptional());
        var sessionKey = env.get("INDICATORS_SESSION_KEY").getValueFrom().getSecretKeyRef();
        assertEquals("indicator-tracker-session", sessionKey.getName());
        assertEquals(overlay.equals("dev"), Boolean.TRUE.equals(sessionKey.getOptional()),
                "several replicas need the shared session key; only the one-replica dev overlay may do without");
        c.getEnv().forEach(e -> assertTrue(e.getValue() == null || !e.getName().matches(".*(PASSWORD|SECRET).*"),
                e.getName() + " is never written in the manifest"));
    }

    // ---------------------------------------------------------------- dev

    @Test
    void devRunsOneReplicaWithItsOwnPostgres() {
        List<Doc> docs = rendered("dev");
        assertEquals(1, app(docs).getSpec().getReplicas());
        assertTrue(ofKind(docs, "HorizontalPodAutoscaler").isEmpty(), "no autoscaler for one replica");
        assertTrue(ofKind(docs, "PodDisruptionBudget").isEmpty(), "no budget that would block node drains");
        StatefulSet db = one(docs, "StatefulSet", "indicators-db").as(StatefulSet.class);
        assertEquals("database", db.getSpec().getTemplate().getMetadata().getLabels().get("indicator-tracker/role"),
                "the app's NetworkPolicy lets it reach this database");
        String secret = env(appContainer(docs), "QUARKUS_DATASOURCE_JDBC_URL").getValueFrom().getSecretKeyRef().getName();
        Doc connection = one(docs, "Secret", secret);
        assertEquals("", connection.tree().path("data").path("password").asText(), "no password committed");
        assertEquals("jdbc:postgresql://indicators-db:5432/indicators", new String(java.util.Base64.getDecoder()
                .decode(connection.tree().path("data").path("jdbc-uri").asText()), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- prod

    @Test
    void prodScalesFromTwoReplicasAndKeepsOneDuringDisruptions() {
        List<Doc> docs = rendered("prod");
        assertEquals(null, app(docs).getSpec().getReplicas(), "the autoscaler alone sets the replica count");
        HorizontalPodAutoscaler hpa = one(docs, "HorizontalPodAutoscaler", APP).as(HorizontalPodAutoscaler.class);
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
        assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas());
        PodDisruptionBudget pdb = one(docs, "PodDisruptionBudget", APP).as(PodDisruptionBudget.class);
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() >= 1 && pdb.getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas());
        assertTrue(ofKind(docs, "Secret").isEmpty(), "production Secrets are created in the cluster, never rendered from the repository");
        NetworkPolicy external = one(docs, "NetworkPolicy", APP + "-external-egress").as(NetworkPolicy.class);
        assertEquals(List.of("Egress"), external.getSpec().getPolicyTypes());
        for (NetworkPolicyEgressRule rule : external.getSpec().getEgress()) {
            assertTrue(rule.getTo().get(0).getIpBlock().getCidr().matches("\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+"));
            assertEquals(List.of(443), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList());
        }
    }

    @Test
    void prodPostgresIsACloudNativePgClusterOfThreeWhoseAppSecretTheDeploymentReads() {
        List<Doc> docs = rendered("prod");
        JsonNode cluster = one(docs, "Cluster", "indicators-db").tree();
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        JsonNode spec = cluster.path("spec");
        assertOnlyKnownFields("Cluster.spec", spec, Set.of("instances", "imageName", "primaryUpdateStrategy", "enableSuperuserAccess",
                "bootstrap", "postgresql", "storage", "resources", "affinity", "inheritedMetadata", "plugins"));
        assertTrue(spec.path("instances").isInt());
        assertEquals(3, spec.path("instances").asInt());
        assertTrue(spec.path("imageName").asText().matches("[^:]+:\\d+\\.\\d+"), "a pinned PostgreSQL minor version");
        assertOnlyKnownFields("bootstrap.initdb", spec.path("bootstrap").path("initdb"), Set.of("database", "owner"));
        String database = spec.path("bootstrap").path("initdb").path("database").asText();
        assertEquals("indicators", database);
        assertTrue(spec.path("storage").path("size").asText().matches("\\d+Gi"));
        assertOnlyKnownFields("affinity", spec.path("affinity"), Set.of("enablePodAntiAffinity", "podAntiAffinityType", "topologyKey"));
        assertEquals("required", spec.path("affinity").path("podAntiAffinityType").asText(), "instances on different nodes");
        assertEquals("database", spec.path("inheritedMetadata").path("labels").path("indicator-tracker/role").asText(),
                "instances carry the label the app's NetworkPolicy allows");
        assertTrue(spec.path("postgresql").path("parameters").path("max_connections").isTextual(), "PostgreSQL parameters are strings");
        int maxConnections = Integer.parseInt(spec.path("postgresql").path("parameters").path("max_connections").asText());
        HorizontalPodAutoscaler hpa = one(docs, "HorizontalPodAutoscaler", APP).as(HorizontalPodAutoscaler.class);
        String poolSize = one(docs, "ConfigMap", appContainer(docs).getEnvFrom().get(0).getConfigMapRef().getName())
                .tree().path("data").path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asText();
        assertTrue(maxConnections > hpa.getSpec().getMaxReplicas() * Integer.parseInt(poolSize),
                "max_connections " + maxConnections + " covers every replica's pool");

        String appSecret = cluster.path("metadata").path("name").asText() + "-app";
        assertEquals(appSecret, env(appContainer(docs), "QUARKUS_DATASOURCE_JDBC_URL").getValueFrom().getSecretKeyRef().getName(),
                "the app reads the operator's <cluster>-app Secret");
        assertEquals(appSecret, env(appContainer(docs), "QUARKUS_DATASOURCE_PASSWORD").getValueFrom().getSecretKeyRef().getName());

        JsonNode plugin = spec.path("plugins").get(0);
        assertEquals("barman-cloud.cloudnative-pg.io", plugin.path("name").asText());
        assertTrue(plugin.path("isWALArchiver").asBoolean(), "WAL is archived continuously");
        String store = plugin.path("parameters").path("barmanObjectName").asText();
        JsonNode objectStore = one(docs, "ObjectStore", store).tree().path("spec");
        assertTrue(objectStore.path("retentionPolicy").asText().matches("\\d+[dwm]"));
        JsonNode configuration = objectStore.path("configuration");
        assertTrue(configuration.path("destinationPath").asText().startsWith("s3://"));
        for (String credential : List.of("accessKeyId", "secretAccessKey")) {
            JsonNode ref = configuration.path("s3Credentials").path(credential);
            assertOnlyKnownFields(credential, ref, Set.of("name", "key"));
            assertFalse(ref.path("name").asText().isEmpty(), credential + " comes from a Secret");
        }
    }

    @Test
    void prodBacksUpEveryNightWithTheSamePlugin() {
        List<Doc> docs = rendered("prod");
        List<Doc> backups = ofKind(docs, "ScheduledBackup");
        assertEquals(1, backups.size());
        JsonNode backup = backups.get(0).tree();
        assertEquals("postgresql.cnpg.io/v1", backup.path("apiVersion").asText());
        JsonNode spec = backup.path("spec");
        assertOnlyKnownFields("ScheduledBackup.spec", spec, Set.of("schedule", "immediate", "backupOwnerReference", "cluster",
                "method", "pluginConfiguration"));
        assertEquals(6, spec.path("schedule").asText().trim().split("\\s+").length, "CloudNativePG cron has six fields, seconds first");
        assertEquals(one(docs, "Cluster", "indicators-db").name(), spec.path("cluster").path("name").asText());
        assertEquals("plugin", spec.path("method").asText());
        assertEquals("barman-cloud.cloudnative-pg.io", spec.path("pluginConfiguration").path("name").asText());
        assertEquals("self", spec.path("backupOwnerReference").asText());
    }

    private static void assertOnlyKnownFields(String where, JsonNode node, Set<String> known) {
        assertTrue(node.isObject(), where + " is an object");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(known.contains(name), where + "." + name + " is not a field these manifests are meant to use (typo?)");
        }
    }
}
