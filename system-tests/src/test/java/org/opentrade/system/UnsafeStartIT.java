package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A real application jar (web-facade's, from this build) started the way a careless deployment would: no profile,
 * no secrets in the environment, or secrets copied from this repository. It must stop at once, non-zero, with one
 * message naming what is wrong, before it binds a port or connects anywhere (so no infrastructure is needed, and
 * the running stack is not disturbed).
 */
class UnsafeStartIT {
    static final Path JAR = Stack.ROOT.resolve("web-facade/target/web-facade-0.1.0-SNAPSHOT.jar");
    /** Far above the ~15 s it takes on 2 busy cores; a start that went on to connect would be killed after it. */
    static final long EXIT_WITHIN_S = 90;

    record Outcome(int exitCode, String log, long tookMs) {
    }

    @Test
    void withoutAProfileAndWithoutSecretsTheFacadeRefusesToStartWithOneClearMessage() throws Exception {
        Outcome outcome = start(List.of(), Map.of());
        System.out.printf("refused to start in %d ms%n", outcome.tookMs());
        assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
        assertThat(outcome.log()).contains("APPLICATION FAILED TO START")
                .contains("Refusing to start without the local profile")
                .contains("OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is not set")
                .contains("NACOS_PASSWORD (opentrade.nacos-password) is not set")
                .contains("OPENTRADE_PROMETHEUS_TOKEN")
                .contains("-Dspring.profiles.active=local")
                .doesNotContain("Tomcat started").doesNotContain("Started FacadeApplication");
    }

    @Test
    void aPublishedDefaultSecretIsRefusedLikeAMissingOne() throws Exception {
        Outcome outcome = start(List.of("--spring.profiles.active=k8s"), Map.of(
                "OPENTRADE_JWT_SECRET", "local-only-jwt-secret-change-me-0123456789",
                "NACOS_USERNAME", "nacos", "NACOS_PASSWORD", "nacos",
                "OPENTRADE_PROMETHEUS_TOKEN", "a-scrape-token-of-our-own"));
        assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
        assertThat(outcome.log()).contains("OPENTRADE_JWT_SECRET (opentrade.auth.jwt-secret) is a published default")
                .contains("NACOS_PASSWORD (opentrade.nacos-password) is a published default")
                .doesNotContain("OPENTRADE_PROMETHEUS_TOKEN");
    }

    /** Runs the jar with these arguments and only these opentrade/Nacos/Spring variables; waits for it to end. */
    private static Outcome start(List<String> arguments, Map<String, String> variables) throws Exception {
        assertThat(JAR).as("build web-facade first (./mvnw package)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-jar", JAR.toString(),
                // a free port, should the refusal ever regress: this process must not take the stack's 8080
                "--server.port=0", "--opentrade.sentinel.api-port=18790"));
        command.addAll(arguments);
        Path output = Files.createTempFile("unsafe-start", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENTRADE_") || name.startsWith("NACOS_")
                || name.startsWith("SPRING_") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(variables);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            boolean exited = process.waitFor(EXIT_WITHIN_S, TimeUnit.SECONDS);
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(exited).as("still running after %d s:%n%s", EXIT_WITHIN_S, log).isTrue();
            return new Outcome(process.exitValue(), log, (System.nanoTime() - started) / 1_000_000);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
