package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/monitoring/ as Prometheus and Grafana will read it: the config and rules pass promtool, the alert unit tests
 * pass, every alert is complete, and every expression of the dashboard and the alerts names only metrics of the
 * catalogue (metrics.txt), whose own entries are checked against the code that registers them. Needs promtool only,
 * not the running stack.
 */
class MonitoringConfigIT {
    static final Path MONITORING = Stack.ROOT.resolve("deploy/monitoring");
    static final Path DASHBOARD = MONITORING.resolve("grafana/opentrade-dashboard.json");
    static final Pattern STACK_APP = Pattern.compile("\"((?:user|fund|trade|payment|risk)-provider|web-facade):(\\d+):");

    final ObjectMapper json = new ObjectMapper();
    final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void theAlertRulesPassPromtoolAndTheirUnitTests() {
        assertPromtool(MONITORING, "check", "rules", "alerts.yml");
        assertPromtool(MONITORING, "test", "rules", "alerts-test.yml");
    }

    /** prometheus.sh copies prometheus.yml and alerts.yml side by side into the data dir: the same layout here. */
    @Test
    void theGeneratedConfigPassesPromtoolAndScrapesEveryApplicationOfTheStack(@TempDir Path dataDir) throws IOException {
        Files.copy(MONITORING.resolve("prometheus.yml"), dataDir.resolve("prometheus.yml"));
        Files.copy(MONITORING.resolve("alerts.yml"), dataDir.resolve("alerts.yml"));
        assertPromtool(dataDir, "check", "config", "prometheus.yml");

        String config = Files.readString(dataDir.resolve("prometheus.yml"));
        Matcher apps = STACK_APP.matcher(Files.readString(Stack.ROOT.resolve("deploy/local/stack")));
        int found = 0;
        while (apps.find()) {
            found++;
            assertThat(config).as(apps.group(1)).contains("'127.0.0.1:" + apps.group(2) + "'");
        }
        assertThat(found).as("applications in deploy/local/stack").isEqualTo(6);
    }

    @Test
    void everyAlertWaitsHasASeverityAndSaysWhatItMeansWithCataloguedMetrics() throws IOException {
        Set<String> catalogued = catalogued();
        List<JsonNode> rules = new ArrayList<>();
        yaml.readTree(MONITORING.resolve("alerts.yml").toFile()).get("groups")
                .forEach(group -> group.get("rules").forEach(rules::add));

        assertThat(rules).extracting(rule -> rule.path("alert").asText()).contains("LedgerAuditViolation",
                "ReconciliationMismatch", "HighServerErrorRate", "SentinelBlockingHigh", "OutboxLagHigh",
                "StuckWithdrawal", "ApplicationDown");
        for (JsonNode rule : rules) {
            String name = rule.path("alert").asText();
            assertThat(rule.path("for").asText()).as(name + " for").isNotBlank();
            assertThat(rule.path("labels").path("severity").asText()).as(name + " severity").isIn("critical", "warning");
            assertThat(rule.path("annotations").path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(rule.path("annotations").path("description").asText()).as(name + " description").isNotBlank();
            assertCatalogued(name, rule.path("expr").asText(), catalogued);
        }
    }

    @Test
    void theDashboardParsesAndEveryPanelQueriesCataloguedMetrics() throws IOException {
        JsonNode dashboard = json.readTree(DASHBOARD.toFile());
        Set<String> catalogued = catalogued();
        assertThat(dashboard.path("__inputs").findValuesAsText("name")).contains("DS_PROMETHEUS");

        List<JsonNode> panels = panels(dashboard);
        assertThat(panels).hasSizeGreaterThan(20);
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt())).as("unique id of " + title).isTrue();
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("targets")).as(title).isNotEmpty();
            panel.path("targets").forEach(target -> assertCatalogued(title, target.path("expr").asText(), catalogued));
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String query = variable.path("definition").asText();
            if (!query.isEmpty()) {
                assertCatalogued("variable " + variable.path("name").asText(),
                        query.replaceAll("^label_values\\((.*),\\s*\\w+\\)$", "$1"), catalogued);
            }
        }
    }

    /** Grafana's variables replaced by what they stand for, each expression becomes a recording rule promtool parses. */
    @Test
    void everyDashboardExpressionIsValidPromQl(@TempDir Path dir) throws IOException {
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        for (JsonNode panel : panels(json.readTree(DASHBOARD.toFile()))) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText().replace("$__rate_interval", "1m").replace("$application", ".*");
                rules.append("      - record: dashboard:panel_").append(++n).append('\n')
                        .append("        expr: ").append(json.writeValueAsString(expr)).append('\n');
            }
        }
        Files.writeString(dir.resolve("dashboard-rules.yml"), rules);
        assertPromtool(dir, "check", "rules", "dashboard-rules.yml");
    }

    @Test
    void everyMetricOfOursInTheCatalogueIsRegisteredWhereTheCatalogueSays() {
        List<MetricNames.Entry> ours = MetricNames.catalogue(MONITORING.resolve("metrics.txt")).stream()
                .filter(entry -> entry.origin().equals("ours")).toList();
        assertThat(ours).hasSizeGreaterThan(10);
        for (MetricNames.Entry entry : ours) {
            Path source = Stack.ROOT.resolve(entry.sourceFile());
            assertThat(source).as(entry.name()).isRegularFile();
            assertThat(String.join("\n", MetricNames.lines(source))).as(entry.name() + " in " + entry.sourceFile())
                    .contains(entry.micrometerName());
            assertThat(entry.name()).as("Prometheus name of " + entry.micrometerName())
                    .startsWith(entry.micrometerName().replace('.', '_'));
        }
    }

    @Test
    void metricNamesAreFoundInPromQl() {
        assertThat(MetricNames.usedBy("histogram_quantile(0.99, sum by (le, step) "
                + "(rate(opentrade_order_reserve_seconds_bucket{uri=\"/a\",x=~\"$application\"}[$__rate_interval])))"))
                .containsExactly("opentrade_order_reserve_seconds_bucket");
        assertThat(MetricNames.usedBy("time() * 1000 - max by (application) (ledger_audit_last_run_epoch_ms) > 3e5 "
                + "and up == 0")).containsExactly("ledger_audit_last_run_epoch_ms", "up");
        assertThat(MetricNames.known("jvm_gc_pause_seconds_sum", Set.of("jvm_gc_pause_seconds"))).isTrue();
        assertThat(MetricNames.known("jvm_gc_pause", Set.of("jvm_gc_pause_seconds"))).isFalse();
    }

    private Set<String> catalogued() {
        return MetricNames.catalogue(MONITORING.resolve("metrics.txt")).stream().map(MetricNames.Entry::name)
                .collect(Collectors.toSet());
    }

    private static void assertCatalogued(String where, String expression, Set<String> catalogued) {
        Set<String> used = MetricNames.usedBy(expression);
        assertThat(used).as(where + ": names a metric: " + expression).isNotEmpty();
        assertThat(used.stream().filter(name -> !MetricNames.known(name, catalogued)).toList())
                .as(where + ": metrics missing from deploy/monitoring/metrics.txt in " + expression).isEmpty();
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    private static void assertPromtool(Path dir, String... args) {
        Promtool.Outcome outcome = Promtool.run(dir, args);
        assertThat(outcome.exitCode()).as("promtool " + String.join(" ", args) + " in " + dir + ":\n" + outcome.output())
                .isZero();
    }
}
