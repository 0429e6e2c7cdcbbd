package org.indicatortracker.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged application (target/quarkus-app) started as its own process, as operators run it. */
public final class PackagedApp implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private int port;

    private PackagedApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the jar with the given environment on a random port; the log goes to target/it-logs/{name}.log. */
    public static PackagedApp start(String name, Map<String, String> env, Path workDir) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Package the application first (./mvnw verify does): " + jar);
        }
        Path logs = Files.createDirectories(Path.of("target/it-logs"));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", "0");
        pb.environment().putAll(env);
        return new PackagedApp(pb.start(), log);
    }

    /** Waits until the app answers ready; fails with the log's tail when it does not within the timeout. */
    public PackagedApp awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited early:\n" + logTail());
            }
            if (port == 0) {
                Matcher m = LISTENING.matcher(Files.readString(log));
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            if (port != 0 && get("/q/health/ready").statusCode() == 200) {
                return this;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + ":\n" + logTail());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            return new Unavailable();
        }
    }

    /** Any request, e.g. a JSON POST with a cookie; the body may be null. */
    public HttpResponse<String> send(String method, String path, String jsonBody, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** POSTs JSON with HTTP Basic credentials. */
    public HttpResponse<String> post(String path, String json, String user, String password) throws IOException, InterruptedException {
        String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The HTTP port, once {@link #awaitReady} returned. */
    public int port() {
        return port;
    }

    /** Sends SIGTERM, as Kubernetes does when it stops a pod, without waiting for the exit. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; true when it did within the timeout. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public String logTail() {
        try {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 4000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    /** Stands for "not listening yet". */
    private static final class Unavailable implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return ""; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
