package org.opentrade.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Registers and logs in the bench users of a run. Names carry the run's unique prefix, so a run never meets a user
 * of an earlier one. Each user logs in exactly once: login is throttled per username (10 attempts a minute).
 * Hashing passwords is the expensive part (BCrypt, in user-provider), so they are made a few at a time.
 */
final class BenchUsers {
    private final ApiClient api;
    private final String runId;

    BenchUsers(ApiClient api, String runId) {
        this.api = api;
        this.runId = runId;
    }

    /** Users named {@code <runId>-<group><i>} for i in 0..count-1. */
    List<BenchUser> create(String group, int count) {
        List<String> names = IntStream.range(0, count).mapToObj(i -> runId + "-" + group + i).toList();
        return Parallel.map(names, this::registerAndLogIn);
    }

    private BenchUser registerAndLogIn(String username) {
        // one password for all: it must satisfy the password rules, which refuse one containing the username
        String password = "bench-lantern-vault-7";
        Map<String, String> credentials = Map.of("username", username, "password", password);
        ApiClient.Reply registered = api.post("/api/v1/users", null, null, credentials);
        // 409 only after a retried registration whose first attempt had succeeded: the name is ours
        if (registered.status() != 201 && registered.status() != 409) {
            throw new IllegalStateException("registering " + username + ": " + registered);
        }
        ApiClient.Reply session = api.post("/api/v1/sessions", null, null, credentials);
        if (session.status() != 200) {
            throw new IllegalStateException("logging in " + username + ": " + session);
        }
        String token = session.text("token");
        String userId = registered.status() == 201 ? registered.text("userId") : api.get("/api/v1/me", token).text("userId");
        return new BenchUser(Long.parseLong(userId), username, token);
    }
}
