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
        String[] command = command("deploy/local/infra.sh", "status");
        Process process = start(new ProcessBuilder(command).redirectErrorStream(true));
        try {
            String out = new String(process.getInputStream().readAllBytes());
            awaitSuccess(process, command);
            return out.lines().anyMatch(line -> line.trim().startsWith(server + " ") && line.contains("(pid "));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String script, String... args) {
        String[] command = command(script, args);
        awaitSuccess(start(new ProcessBuilder(command).inheritIO()), command);
    }

    private static String[] command(String script, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = ROOT.resolve(script).toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return command;
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits at most COMMAND_TIMEOUT_S for PROCESS and fails unless it exited 0. */
    private static void awaitSuccess(Process process, String[] command) {
        try {
            if (!process.waitFor(COMMAND_TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
