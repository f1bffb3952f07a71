package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Sentinel dashboard, driven through the HTTP API its UI calls: a flow rule added there for a facade
 * route is written by web-facade to its Nacos document (Nacos stays the source of truth, docs/adr/0003), enforced,
 * and both still hold after a restart of web-facade; removing it in the dashboard removes it from the document.
 * Skipped when no dashboard answers on 127.0.0.1:8858 (its jar is optional; deploy/local/lib/sentinel.sh).
 */
class SentinelDashboardIT {
    static final String APP = "web-facade";
    /** web-facade's Sentinel transport (docs/local-ports.md), where the dashboard pushes its rules. */
    static final int TRANSPORT_PORT = 8720;
    static final String ROUTE = "/api/v1/time";
    static final String RESOURCE = "GET:" + ROUTE;
    static final String DATA_ID = APP + "-flow-rules.json";
    static final String GROUP = "DEFAULT_GROUP";
    /** Applications report to the dashboard every 10 s; a fresh dashboard lists them after the next heartbeat. */
    static final Duration LISTED_WITHIN = Duration.ofSeconds(40);
    static final Duration APPLIED_WITHIN = Duration.ofSeconds(20);
    static final int BURST_SIZE = 10;

    private static String originalDocument;

    @BeforeAll
    static void aDashboardAnswers() {
        assumeTrue(SentinelDashboard.answers(), "skipped: no Sentinel dashboard answers on " + SentinelDashboard.BASE
                + " (its jar is optional: deploy/local/README.md)");
        originalDocument = Nacos.config(DATA_ID, GROUP);
    }

    /** Whatever happened, the facade's shipped flow rules are back, so no other test meets a 1-per-second route. */
    @AfterAll
    static void restoreTheDocument() {
        if (originalDocument != null && !originalDocument.equals(Nacos.config(DATA_ID, GROUP))) {
            Nacos.publishConfig(DATA_ID, GROUP, originalDocument.startsWith("[") ? originalDocument : "[]");
        }
    }

    @Test
    void aFlowRuleAddedInTheDashboardIsKeptInNacosEnforcedAndSurvivesRestartsOfTheFacadeAndTheDashboard() {
        SentinelDashboard dashboard = SentinelDashboard.logIn("sentinel", "sentinel");
        String ip = facadeMachineIp(dashboard);
        Set<String> shippedResources = resources(originalDocument);

        // as the UI does: open the app's flow rules (the dashboard reads them from the app), then add one
        assertThat(resources(listRules(dashboard, ip))).as("the dashboard shows the rules the facade read from Nacos")
                .containsAll(shippedResources);
        JsonNode added = dashboard.postJson("/v1/flow/rule", "{\"app\":\"" + APP + "\",\"ip\":\"" + ip
                + "\",\"port\":" + TRANSPORT_PORT + ",\"resource\":\"" + RESOURCE + "\",\"grade\":1,\"count\":1,"
                + "\"limitApp\":\"default\",\"strategy\":0,\"controlBehavior\":0}");
        assertThat(added.path("id").isNumber()).as(added.toString()).isTrue();

        awaitTheDocument(true, shippedResources);
        awaitThrottled();

        try {
            Stack.run("stop-app", APP);
        } finally {
            Stack.run("start-app", APP);
        }
        assertThat(holdsTheRule(Nacos.config(DATA_ID, GROUP))).as("still in Nacos after the restart").isTrue();
        awaitThrottled();

        // the restarted facade read it from Nacos, and the dashboard reads it from the facade
        await().atMost(LISTED_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> ruleOf(listRules(dashboard, facadeMachineIp(dashboard))), rule -> rule != null);

        // a restarted dashboard (when the stack started it) knows no rule of its own: it shows the facade's again
        SentinelDashboard current = dashboard;
        if (Stack.startedByUs("sentinel-dashboard")) {
            Stack.infra("restart", "sentinel");
            current = SentinelDashboard.logIn("sentinel", "sentinel");
        }
        SentinelDashboard afterRestart = current;
        JsonNode ruleAfterRestart = await().atMost(LISTED_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> ruleOf(listRules(afterRestart, facadeMachineIp(afterRestart))), rule -> rule != null);
        assertThat(holdsTheRule(Nacos.config(DATA_ID, GROUP))).as("still in Nacos after the dashboard's restart")
                .isTrue();
        afterRestart.delete("/v1/flow/delete.json?id=" + ruleAfterRestart.path("id").asLong());

        awaitTheDocument(false, shippedResources);
        await().atMost(APPLIED_WITHIN).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(burst()).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200)));
    }

    /** The address web-facade's Sentinel client reports, once the dashboard lists it as a healthy machine. */
    private static String facadeMachineIp(SentinelDashboard dashboard) {
        return await().atMost(LISTED_WITHIN).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            if (!dashboard.get("/app/briefinfos.json").findValuesAsText("app").contains(APP)) {
                return null;
            }
            for (JsonNode machine : dashboard.get("/app/" + APP + "/machines.json")) {
                if (machine.path("port").asInt() == TRANSPORT_PORT && machine.path("healthy").asBoolean()) {
                    return machine.path("ip").asText();
                }
            }
            return null;
        }, ip -> ip != null);
    }

    private static JsonNode listRules(SentinelDashboard dashboard, String ip) {
        return dashboard.get("/v1/flow/rules?app=" + APP + "&ip=" + SentinelDashboard.encode(ip) + "&port="
                + TRANSPORT_PORT);
    }

    private static void awaitTheDocument(boolean holdsTheRule, Set<String> shippedResources) {
        await().atMost(APPLIED_WITHIN).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            String document = Nacos.config(DATA_ID, GROUP);
            assertThat(holdsTheRule(document)).as(document).isEqualTo(holdsTheRule);
            assertThat(resources(document)).as("the shipped rules are kept").containsAll(shippedResources);
        });
    }

    private static void awaitThrottled() {
        await().atMost(APPLIED_WITHIN).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            List<Api.Reply> burst = burst();
            assertThat(burst).anySatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(429);
                assertThat(reply.code()).isEqualTo("RATE_LIMITED");
            });
            assertThat(burst).allSatisfy(reply -> assertThat(reply.status()).isIn(200, 429));
        });
    }

    private static List<Api.Reply> burst() {
        List<Api.Reply> replies = new ArrayList<>(BURST_SIZE);
        for (int i = 0; i < BURST_SIZE; i++) {
            replies.add(Api.get(ROUTE, null));
        }
        return replies;
    }

    /** Our rule (resource, 1 per second) among RULES, a JSON array of Sentinel flow rules; null when absent. */
    private static JsonNode ruleOf(JsonNode rules) {
        for (JsonNode rule : rules) {
            if (RESOURCE.equals(rule.path("resource").asText()) && rule.path("count").asDouble() == 1.0
                    && rule.path("grade").asInt() == 1) {
                return rule;
            }
        }
        return null;
    }

    private static boolean holdsTheRule(String document) {
        return ruleOf(parse(document)) != null;
    }

    private static Set<String> resources(String document) {
        return resources(parse(document));
    }

    private static Set<String> resources(JsonNode rules) {
        Set<String> resources = new TreeSet<>();
        rules.forEach(rule -> resources.add(rule.path("resource").asText()));
        return resources;
    }

    /** A JSON array; anything else (Nacos's answer for a missing document) is no rules. */
    private static JsonNode parse(String document) {
        try {
            JsonNode rules = document == null ? null : Api.JSON.readTree(document);
            return rules != null && rules.isArray() ? rules : Api.JSON.createArrayNode();
        } catch (IOException e) {
            return Api.JSON.createArrayNode();
        }
    }
}
