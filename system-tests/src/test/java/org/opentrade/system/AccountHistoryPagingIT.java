package org.opentrade.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deposits (through the bank sandbox), withdrawals, transfers and ledger postings of one user page like orders and
 * fills, on the real stack: in pages of 3 or 4, each exactly once, newest first (the order they were made in), also
 * while a new transfer arrives between two pages; from/to keep exactly the rows of their window; bad limits, cursors
 * and times are 400 with a code; the CSV statement of a range holds exactly the ledger's postings of that range,
 * oldest first, each with the balance after it, and the last of each is the account's balance.
 */
class AccountHistoryPagingIT {
    static final int DEPOSITS = 7;
    static final int WITHDRAWALS = 5;
    static final int TRANSFERS = 7;
    static final int PAGE = 3;
    static final int LEDGER_PAGE = 4;
    static final String[] LISTS = {"/api/v1/deposits", "/api/v1/withdrawals", "/api/v1/transfers", "/api/v1/ledger"};
    static final String STATEMENT = "/api/v1/ledger/statement.csv";
    static final String CSV_HEADER = "time,entryId,asset,bucket,amount,balanceAfter,type,reference";

    static Api.Session alice;
    static Api.Session bob;
    static final List<String> depositIds = new ArrayList<>();
    static final List<String> withdrawalIds = new ArrayList<>();
    /** In the order they were made; a test that makes one more adds it. */
    static final List<String> transferIds = new ArrayList<>();

    /** One user's history, made one request after another, so that each list's newest-first order is known. */
    @BeforeAll
    static void oneUsersHistory() {
        BankSandbox.behave(BankSandbox.FAST);
        alice = Money.fundedUser("acct-history", "BTC", Money.ONE); // a BTC posting: a second asset in her ledger
        bob = Api.registerAndLogIn("acct-history-to");
        for (int i = 1; i <= DEPOSITS; i++) {
            depositIds.add(made(Payments.deposit(alice.token(), Money.newKey(), "USD", "100." + i), "depositId"));
        }
        depositIds.forEach(id -> assertThat(Payments.awaitFinal(alice.token(), "/api/v1/deposits/" + id))
                .isEqualTo("SUCCEEDED"));
        for (int i = 1; i <= WITHDRAWALS; i++) {
            withdrawalIds.add(made(Payments.withdraw(alice.token(), Money.newKey(), "USD", "2." + i), "withdrawalId"));
        }
        withdrawalIds.forEach(id -> assertThat(Payments.awaitFinal(alice.token(), "/api/v1/withdrawals/" + id))
                .isEqualTo("SUCCEEDED"));
        for (int i = 1; i <= TRANSFERS; i++) {
            transfer("1.0" + i);
        }
    }

    @AfterAll
    static void defaultBank() {
        BankSandbox.behaveAsDefault();
    }

    @Test
    void depositsAndWithdrawalsComeBackInPagesEachExactlyOnceNewestFirst() {
        List<JsonNode> deposits = assertPagedNewestFirst("/api/v1/deposits?limit=" + PAGE, "depositId", depositIds);
        assertThat(deposits).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("SUCCEEDED"));
        assertThat(deposits.get(0).get("amount").asText()).isEqualTo("100." + DEPOSITS);
        List<JsonNode> withdrawals = assertPagedNewestFirst("/api/v1/withdrawals?limit=" + PAGE, "withdrawalId",
                withdrawalIds);
        assertThat(withdrawals.get(WITHDRAWALS - 1).get("amount").asText()).isEqualTo("2.1");
    }

    @Test
    void transfersComeBackEachExactlyOnceNewestFirstWhileANewOneArrives() {
        List<String> before = List.copyOf(transferIds);
        List<JsonNode> walked = ApiPages.all("/api/v1/transfers?limit=" + PAGE, alice.token(), () -> transfer("0.5"));

        assertThat(ids(walked, "transferId")).as("the new transfer is above every page: it shifts none")
                .isEqualTo(reversed(before));
        assertThat(walked).allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(t.get("toUserId").asText()).isEqualTo(bob.userId());
            assertThat(t.get("asset").asText()).isEqualTo("USD");
        });
        assertThat(walked.get(0).get("amount").asText()).isEqualTo("1.0" + TRANSFERS);
        assertPagedNewestFirst("/api/v1/transfers?limit=" + PAGE, "transferId", transferIds);
    }

    @Test
    void theLedgerPagesEveryPostingExactlyOnceNewestFirstAndKeepsItsOldParameters() {
        List<JsonNode> whole = awaitLedgerComplete();
        List<List<JsonNode>> pages = ApiPages.pages("/api/v1/ledger?limit=" + LEDGER_PAGE, alice.token(), null);
        assertThat(pages).hasSize((whole.size() + LEDGER_PAGE - 1) / LEDGER_PAGE);
        assertThat(ids(flat(pages), "entryId")).doesNotHaveDuplicates().isEqualTo(ids(whole, "entryId"));
        assertTimesNewestFirst(whole, "time");

        List<JsonNode> usd = ApiPages.all("/api/v1/ledger?asset=USD&limit=" + LEDGER_PAGE, alice.token(), null);
        assertThat(ids(usd, "entryId")).isEqualTo(ids(whole.stream()
                .filter(e -> e.get("asset").asText().equals("USD")).toList(), "entryId"));
        assertThat(usd).as("one posting of hers per deposit, withdrawal and transfer")
                .hasSize(DEPOSITS + WITHDRAWALS + transferIds.size())
                .allSatisfy(e -> assertThat(e.get("type").asText()).isIn("DEPOSIT", "WITHDRAWAL", "TRANSFER_OUT"));

        // the cursor the ledger issued before its cursors carried a time, an entry id, still continues below it
        Api.Reply below = Api.get("/api/v1/ledger?limit=500&cursor=" + whole.get(5).get("entryId").asText(),
                alice.token());
        assertThat(below.status()).as(below.raw()).isEqualTo(200);
        assertThat(ids(list(ApiPages.rows(below.body())), "entryId"))
                .isEqualTo(ids(whole.subList(6, whole.size()), "entryId"));
    }

    @Test
    void fromAndToKeepExactlyTheRowsOfTheirWindowOnEveryList() {
        assertWindow("/api/v1/deposits", "depositId", "createdAt");
        assertWindow("/api/v1/withdrawals", "withdrawalId", "createdAt");
        assertWindow("/api/v1/transfers", "transferId", "createdAt");
        awaitLedgerComplete();
        assertWindow("/api/v1/ledger", "entryId", "time");
    }

    @Test
    void badLimitsCursorsAndTimesAre400WithACodeOnEveryList() {
        String transferCursor = Api.get("/api/v1/transfers?limit=1", alice.token()).header("X-Next-Cursor");
        String depositCursor = Api.get("/api/v1/deposits?limit=1", alice.token()).header("X-Next-Cursor");
        assertThat(transferCursor).isNotNull();
        assertThat(depositCursor).isNotNull();
        for (String route : LISTS) {
            String otherList = route.endsWith("/transfers") ? depositCursor : transferCursor;
            for (String query : List.of("limit=0", "limit=501", "limit=ten", "cursor=not-one-we-issued",
                    "cursor=%21%21", "cursor=" + otherList, "from=yesterday", "to=2026-13-01T00:00:00Z",
                    "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")) {
                Api.assertError(Api.get(route + "?" + query, alice.token()), 400, "VALIDATION_FAILED");
            }
            Api.Reply future = Api.get(route + "?from=4102444800000", alice.token());
            assertThat(future.status()).as(future.raw()).isEqualTo(200);
            assertThat(ApiPages.rows(future.body())).isEmpty();
            assertThat(future.header("X-Next-Cursor")).isNull();
        }
        Api.assertError(Api.get("/api/v1/ledger?asset=DOGE", alice.token()), 400, "UNKNOWN_ASSET");
        Api.assertError(Api.get("/api/v1/ledger?cursor=123", alice.token()), 400, "VALIDATION_FAILED");

        Api.assertError(Api.getText(STATEMENT + "?from=2026-01-01T00:00:00Z", alice.token()), 400,
                "VALIDATION_FAILED");
        Api.assertError(Api.getText(STATEMENT + "?from=2025-01-01T00:00:00Z&to=2026-01-03T00:00:00Z",
                alice.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.getText(STATEMENT + "?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z",
                alice.token()), 400, "VALIDATION_FAILED");
        Api.assertError(Api.getText(STATEMENT + "?from=1&to=2&asset=DOGE", alice.token()), 400, "UNKNOWN_ASSET");
        assertThat(Api.getText(STATEMENT + "?from=1&to=2", null).status()).isEqualTo(401);
    }

    @Test
    void theCsvStatementOfARangeIsExactlyTheLedgerPostingsOfThatRange() {
        List<JsonNode> oldestFirst = reversed(awaitLedgerComplete());
        Instant first = time(oldestFirst.get(0), "time");
        Instant end = time(oldestFirst.get(oldestFirst.size() - 1), "time").plusMillis(1);

        List<String[]> whole = statement("?from=" + first + "&to=" + end.toEpochMilli(), oldestFirst.size());
        assertMatches(whole, oldestFirst, oldestFirst);
        assertThat(lastBalance(whole, "USD", "AVAILABLE")).isEqualTo(Money.available(alice.token(), "USD"));
        assertThat(lastBalance(whole, "BTC", "AVAILABLE")).isEqualTo(Money.available(alice.token(), "BTC"));

        Instant middle = time(oldestFirst.get(oldestFirst.size() / 2), "time");
        List<JsonNode> fromMiddle = oldestFirst.stream().filter(e -> !time(e, "time").isBefore(middle)).toList();
        assertMatches(statement("?from=" + middle + "&to=" + end, fromMiddle.size()), fromMiddle, oldestFirst);

        List<JsonNode> usd = oldestFirst.stream().filter(e -> e.get("asset").asText().equals("USD")).toList();
        assertMatches(statement("?asset=USD&from=" + first.toEpochMilli() + "&to=" + end, usd.size()), usd,
                oldestFirst);

        assertThat(statement("?from=" + end + "&to=" + end.plusSeconds(60), 0)).isEmpty();
    }

    // --- the history ---

    private static String made(Api.Reply reply, String idField) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body().get(idField).asText();
    }

    private static void transfer(String amount) {
        Api.Reply sent = Money.transfer(alice.token(), Money.newKey(), bob.username(), "USD", amount);
        String id = made(sent, "transferId");
        assertThat(sent.body().get("status").asText()).as(sent.raw()).isEqualTo("COMPLETED");
        transferIds.add(id);
    }

    /**
     * Her whole ledger in one page, newest first, once the replica it is read from has a posting for every payment
     * and transfer of hers (and her BTC deposit).
     */
    private static List<JsonNode> awaitLedgerComplete() {
        List<String> ends = new ArrayList<>();
        depositIds.forEach(id -> ends.add(":" + id));
        withdrawalIds.forEach(id -> ends.add(":" + id));
        transferIds.forEach(id -> ends.add("transfer-" + id));
        List<JsonNode> whole = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Api.Reply page = Api.get("/api/v1/ledger?limit=500", alice.token());
            assertThat(page.header("X-Next-Cursor")).as("all of it fits one page").isNull();
            whole.clear();
            ApiPages.rows(page.body()).forEach(whole::add);
            List<String> references = whole.stream().map(e -> e.get("reference").asText()).toList();
            assertThat(ends).allSatisfy(end -> assertThat(references).anySatisfy(r -> assertThat(r).endsWith(end)));
            assertThat(whole).hasSize(1 + ends.size());
        });
        return whole;
    }

    // --- the checks ---

    /** Pages of at most PAGE rows, each but the last full, with exactly the ids made, newest first. */
    private static List<JsonNode> assertPagedNewestFirst(String first, String idField, List<String> madeInOrder) {
        List<List<JsonNode>> pages = ApiPages.pages(first, alice.token(), null);
        assertThat(pages).hasSize((madeInOrder.size() + PAGE - 1) / PAGE);
        pages.subList(0, pages.size() - 1).forEach(page -> assertThat(page).hasSize(PAGE));
        List<JsonNode> rows = flat(pages);
        assertThat(ids(rows, idField)).as("each exactly once, newest first").isEqualTo(reversed(madeInOrder));
        assertTimesNewestFirst(rows, "createdAt");
        return rows;
    }

    /** The window [the 5th newest row's time, the 2nd newest's), asked for in pages of 2, in both time formats. */
    private static void assertWindow(String route, String idField, String timeField) {
        List<JsonNode> all = ApiPages.all(route + "?limit=500", alice.token(), null);
        Instant from = time(all.get(4), timeField);
        Instant to = time(all.get(1), timeField);
        List<JsonNode> inside = all.stream()
                .filter(r -> !time(r, timeField).isBefore(from) && time(r, timeField).isBefore(to)).toList();
        assertThat(inside).as("rows made one after another have distinct times").hasSize(3);

        List<JsonNode> windowed = ApiPages.all(route + "?limit=2&from=" + from + "&to=" + to.toEpochMilli(),
                alice.token(), null);
        assertThat(ids(windowed, idField)).isEqualTo(ids(inside, idField));
    }

    private static void assertTimesNewestFirst(List<JsonNode> rows, String timeField) {
        for (int i = 1; i < rows.size(); i++) {
            assertThat(time(rows.get(i - 1), timeField)).as(rows.get(i - 1) + " before " + rows.get(i))
                    .isAfterOrEqualTo(time(rows.get(i), timeField));
        }
    }

    /** The statement's CSV rows after its header (checked); {@code rows} of them. */
    private static List<String[]> statement(String query, int rows) {
        Api.Reply csv = Api.getText(STATEMENT + query, alice.token());
        assertThat(csv.status()).as(csv.raw()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.raw()).as("no field here needs quoting").doesNotContain("\"").endsWith("\r\n");
        List<String> lines = List.of(csv.raw().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        assertThat(lines).hasSize(1 + rows);
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)).toList();
    }

    /**
     * Each CSV row is the ledger posting at its place (time, entry id, asset, bucket, amount, type, reference), and
     * its balance after is the sum of her postings of that asset and bucket up to it: her history starts at zero.
     */
    private static void assertMatches(List<String[]> rows, List<JsonNode> postings, List<JsonNode> history) {
        assertThat(rows).hasSameSizeAs(postings);
        Map<String, BigDecimal> running = new HashMap<>();
        Map<String, BigDecimal> balanceAfter = new HashMap<>();
        for (JsonNode posting : history) {
            String key = posting.get("asset").asText() + "/" + posting.get("bucket").asText();
            running.merge(key, new BigDecimal(posting.get("amount").asText()), BigDecimal::add);
            balanceAfter.put(posting.get("entryId").asText(), running.get(key));
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            JsonNode posting = postings.get(i);
            assertThat(row).as(String.join(",", row)).containsExactly(posting.get("time").asText(),
                    posting.get("entryId").asText(), posting.get("asset").asText(), posting.get("bucket").asText(),
                    posting.get("amount").asText(), row[5], posting.get("type").asText(),
                    posting.get("reference").asText());
            assertThat(new BigDecimal(row[5])).as("balance after " + String.join(",", row))
                    .isEqualByComparingTo(balanceAfter.get(posting.get("entryId").asText()));
        }
    }

    private static long lastBalance(List<String[]> rows, String asset, String bucket) {
        String[] last = rows.stream().filter(r -> r[2].equals(asset) && r[3].equals(bucket)).reduce((a, b) -> b)
                .orElseThrow();
        return Money.units(last[5]);
    }

    // --- small things ---

    private static Instant time(JsonNode row, String field) {
        return Instant.parse(row.get(field).asText());
    }

    private static List<String> ids(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field).asText()).toList();
    }

    private static List<JsonNode> flat(List<List<JsonNode>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
