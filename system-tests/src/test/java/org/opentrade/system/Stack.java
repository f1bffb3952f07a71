package org.opentrade.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Drives deploy/local/stack, so tests stop and start applications exactly as an operator would. */
final class Stack {
    static final long COMMAND_TIMEOUT_S = 300;
    static final Path ROOT = Path.of(System.getenv().getOrDefault("OPENTRADE_REPO_ROOT", "..")).toAbsolutePath();

    private Stack() {
    }

    static void run(String... args) {
        execute("deploy/local/stack", args);
    }

    /** deploy/local/infra.sh with these arguments, e.g. ("restart", "seata"). */
    static void infra(String... args) {
        execute("deploy/local/infra.sh", args);
    }

    /** Whether deploy/local/infra.sh started SERVER (its status line says "pid"), as opposed to reusing one found running. */
    static boolean startedByUs(String server) {
        try {
            Process process = new ProcessBuilder(ROOT.resolve("deploy/local/infra.sh").toString(), "status")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS);
            return out.lines().anyMatch(line -> line.trim().startsWith(server + " ") && line.contains("(pid "));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String script, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = ROOT.resolve(script).toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
