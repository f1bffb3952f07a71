package org.opentrade.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Prometheus' promtool (Debian package prometheus, installed by deploy/local/infra.sh up). Missing, it fails the
 * test with what to do: the checks must not pass by not running.
 */
final class Promtool {
    static final long TIMEOUT_S = 120;

    private Promtool() {
    }

    record Outcome(int exitCode, String output) {
    }

    static Outcome run(Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end in " + TIMEOUT_S + " s");
            }
            return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("promtool is not installed: deploy/local/infra.sh up installs it with the Debian "
                + "package prometheus (see its log for why it could not: apt-get needs root), or run "
                + "'sudo apt-get install prometheus'");
    }
}
