package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;
import org.opentrade.api.fund.AccountBalance;
import org.opentrade.api.fund.LedgerMovement;

/**
 * A freeze, a logout and a password change end live tokens at once, over real HTTP against the running stack, and
 * fund-provider refuses a frozen user's debits even when asked directly over Dubbo (the last line).
 */
class SessionSecurityIT {
    /** The bound the issue sets: a change is in force on every facade instance within one second. */
    static final long IN_FORCE_WITHIN_MS = 1_000;

    @Test
    void aFrozenUsersLiveTokenIsRefusedOnEveryMoneyRouteWithinASecondAndWorksAgainAfterUnfreeze() {
        Api.Session alice = Money.fundedUser("freeze", "USD", 100 * Money.ONE);
        Api.Session bob = Api.registerAndLogIn("freeze-to");
        String operator = Api.operatorToken();
        assertThat(placeOrder(alice).status()).isEqualTo(201);

        assertThat(Api.post("/api/v1/admin/users/" + alice.userId() + "/freeze", operator, "").status()).isEqualTo(200);
        try {
            long tookMs = untilAnswered(() -> placeOrder(alice), 403);
            System.out.printf("freeze in force after %d ms%n", tookMs);
            assertThat(tookMs).isLessThan(IN_FORCE_WITHIN_MS);
            assertFrozen(placeOrder(alice));
            assertFrozen(Payments.deposit(alice.token(), Money.newKey(), "USD", "5"));
            assertFrozen(Payments.withdraw(alice.token(), Money.newKey(), "USD", "5"));
            assertFrozen(Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", "5"));
            assertFrozen(Api.get("/api/v1/accounts", alice.token()));
            assertLastLineRefuses(Long.parseLong(alice.userId()));
        } finally {
            assertThat(Api.post("/api/v1/admin/users/" + alice.userId() + "/unfreeze", operator, "").status())
                    .isEqualTo(200);
        }
        long backMs = untilAnswered(() -> Api.get("/api/v1/me", alice.token()), 200);
        assertThat(backMs).isLessThan(IN_FORCE_WITHIN_MS);
        assertThat(placeOrder(alice).status()).isEqualTo(201);
        Trading.cancelAll(alice.token());
    }

    /** Direct Dubbo calls, as a compromised or buggy caller inside the cluster would make them. */
    private static void assertLastLineRefuses(long userId) {
        List<AccountBalance> before = Funds.service().balances(userId);
        String ref = "direct-" + UUID.randomUUID();
        for (Runnable debit : List.<Runnable>of(
                () -> Funds.service().freeze(new LedgerMovement(userId, "USD", Money.ONE, ref + "-hold")),
                () -> Funds.service().withdraw(new LedgerMovement(userId, "USD", Money.ONE, ref + "-out")))) {
            assertThatThrownBy(debit::run).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_FROZEN));
        }
        // credits still apply: money arriving for a frozen user is not lost
        Funds.service().deposit(new LedgerMovement(userId, "USD", Money.ONE, ref + "-in"));
        AccountBalance usdBefore = usd(before);
        AccountBalance usdAfter = usd(Funds.service().balances(userId));
        assertThat(usdAfter.available()).isEqualTo(usdBefore.available() + Money.ONE);
        assertThat(usdAfter.frozen()).isEqualTo(usdBefore.frozen());
    }

    @Test
    void aLogoutEndsThatSessionOnlyAndCannotBeRepeatedWithTheSameToken() {
        Api.Session alice = Api.registerAndLogIn("logout");
        String otherDevice = logIn(alice.username(), Api.PASSWORD);

        assertThat(Api.delete("/api/v1/sessions/current", alice.token()).status()).isEqualTo(204);

        assertThat(untilAnswered(() -> Api.get("/api/v1/me", alice.token()), 401)).isLessThan(IN_FORCE_WITHIN_MS);
        assertThat(Api.get("/api/v1/me", alice.token()).code()).isEqualTo("UNAUTHENTICATED");
        assertThat(Api.delete("/api/v1/sessions/current", alice.token()).status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/me", otherDevice).status()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeKeepsThisSessionEndsTheOthersAndOnlyTheNewPasswordLogsIn() {
        Api.Session alice = Api.registerAndLogIn("passwd");
        String oldPassword = Api.PASSWORD;
        String otherDevice = logIn(alice.username(), oldPassword);

        Api.Reply wrong = changePassword(alice.token(), "not-my-password", "brand-new-password-1");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("WRONG_PASSWORD");
        assertThat(changePassword(alice.token(), oldPassword, "short").status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/me", otherDevice).status()).isEqualTo(200);

        assertThat(changePassword(alice.token(), oldPassword, "brand-new-password-1").status()).isEqualTo(204);

        assertThat(untilAnswered(() -> Api.get("/api/v1/me", otherDevice), 401)).isLessThan(IN_FORCE_WITHIN_MS);
        assertThat(Api.get("/api/v1/me", alice.token()).status()).isEqualTo(200);
        Api.Reply oldLogin = Api.post("/api/v1/sessions", null, credentials(alice.username(), oldPassword));
        assertThat(oldLogin.status()).isEqualTo(401);
        assertThat(logIn(alice.username(), "brand-new-password-1")).isNotBlank();
    }

    @Test
    void aTokenWithoutASessionIsRefused() {
        // well signed tokens issued before sessions existed carry no "sid": refused like any other bad token
        Api.Reply reply = Api.get("/api/v1/me", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDAwIn0.c2lnbmF0dXJl");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
    }

    private static Api.Reply placeOrder(Api.Session user) {
        return Trading.limit(user.token(), "BTC-USD", "BUY", "1000", "0.001", "GTC");
    }

    private static void assertFrozen(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("USER_FROZEN");
    }

    /** Milliseconds until the call answers {@code status}; fails after three times the bound. */
    private static long untilAnswered(Supplier<Api.Reply> call, int status) {
        return Api.msUntilAnswered(call, status, 3 * IN_FORCE_WITHIN_MS);
    }

    private static Api.Reply changePassword(String token, String current, String next) {
        return Api.post("/api/v1/me/password", token,
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }

    private static String logIn(String username, String password) {
        Api.Reply session = Api.post("/api/v1/sessions", null, credentials(username, password));
        assertThat(session.status()).as(session.raw()).isEqualTo(200);
        return session.body().get("token").asText();
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private static AccountBalance usd(List<AccountBalance> balances) {
        return balances.stream().filter(b -> b.asset().equals("USD")).findFirst().orElseThrow();
    }
}
