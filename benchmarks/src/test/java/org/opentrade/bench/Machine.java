package org.opentrade.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine the figures were taken on; a throughput means nothing without it. The load generator shares this
 * machine with the stack, so its cores are the stack's cores too.
 */
record Machine(int nproc, String memTotal, String cpuModel, String javaVersion) {

    static Machine probe() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/meminfo"), "MemTotal"),
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                javaVersionText());
    }

    /** The value of the first "key: value" line with this key, or "unknown". */
    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What {@code java -version} prints for the JVM that runs the benchmark. */
    private static String javaVersionText() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) ? out.replace('\n', ';').replace("\r", "") : "unknown";
        } catch (IOException e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
