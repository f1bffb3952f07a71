package org.opentrade.banksandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferInstructionTest {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1");
    private static final String CALLBACK = "http://127.0.0.1:8080/api/v1/callbacks/bank";

    @Test
    void a_valid_request_becomes_an_instruction() {
        TransferInstruction instruction = TransferInstruction.of(TransferKind.PAYOUT, "wd-42", "Alice Example", "USD",
                "250.75", CALLBACK, LOOPBACK);

        assertThat(instruction.kind()).isEqualTo(TransferKind.PAYOUT);
        assertThat(instruction.amount().text()).isEqualTo("250.75");
        assertThat(instruction.callbackUrl().getPort()).isEqualTo(8080);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "INVALID_MERCHANT_REFERENCE | NULL     | alice | USD  | 1   | http://127.0.0.1:1/cb",
            "INVALID_MERCHANT_REFERENCE | has space| alice | USD  | 1   | http://127.0.0.1:1/cb",
            "INVALID_ACCOUNT_HOLDER     | r1       | NULL  | USD  | 1   | http://127.0.0.1:1/cb",
            "INVALID_ASSET              | r1       | alice | usd  | 1   | http://127.0.0.1:1/cb",
            "INVALID_ASSET              | r1       | alice | NULL | 1   | http://127.0.0.1:1/cb",
            "INVALID_AMOUNT             | r1       | alice | USD  | 0   | http://127.0.0.1:1/cb",
            "INVALID_CALLBACK_URL       | r1       | alice | USD  | 1   | NULL",
            "INVALID_CALLBACK_URL       | r1       | alice | USD  | 1   | ftp://127.0.0.1/cb",
            "INVALID_CALLBACK_URL       | r1       | alice | USD  | 1   | not a url",
            "INVALID_CALLBACK_URL       | r1       | alice | USD  | 1   | http://user@127.0.0.1:1/cb",
            "CALLBACK_HOST_NOT_ALLOWED  | r1       | alice | USD  | 1   | http://example.com/cb",
            "CALLBACK_HOST_NOT_ALLOWED  | r1       | alice | USD  | 1   | http://10.0.0.1:8080/cb",
    })
    void refuses_bad_fields_with_a_code_naming_the_field(String code, String reference, String holder, String asset,
                                                         String amount, String callbackUrl) {
        assertThatThrownBy(() -> TransferInstruction.of(TransferKind.PAYMENT, reference, holder, asset, amount,
                callbackUrl, LOOPBACK))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_retry_may_write_the_amount_differently_or_call_back_elsewhere_but_not_change_the_transfer() {
        TransferInstruction first = payment("r1", "10.5", CALLBACK);

        assertThat(first.sameTransferAs(payment("r1", "10.50", "http://127.0.0.1:9/other"))).isTrue();
        assertThat(first.sameTransferAs(payment("r1", "10.6", CALLBACK))).isFalse();
        assertThat(first.sameTransferAs(TransferInstruction.of(TransferKind.PAYOUT, "r1", "alice", "USD", "10.5",
                CALLBACK, LOOPBACK))).isFalse();
    }

    private static TransferInstruction payment(String reference, String amount, String callbackUrl) {
        return TransferInstruction.of(TransferKind.PAYMENT, reference, "alice", "USD", amount, callbackUrl, LOOPBACK);
    }
}
