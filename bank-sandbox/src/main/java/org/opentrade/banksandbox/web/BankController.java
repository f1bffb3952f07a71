package org.opentrade.banksandbox.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.opentrade.banksandbox.application.BankDesk;
import org.opentrade.banksandbox.application.Statement;
import org.opentrade.banksandbox.application.StatementDesk;
import org.opentrade.banksandbox.config.SandboxProperties;
import org.opentrade.banksandbox.domain.InvalidInput;
import org.opentrade.banksandbox.domain.TransferInstruction;
import org.opentrade.banksandbox.domain.TransferKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bank's merchant API: what the brokerage's payment code talks to. */
@RestController
@RequestMapping("/bank/v1")
class BankController {

    private final BankDesk desk;
    private final StatementDesk statements;
    private final Set<String> callbackHosts;
    private final Clock clock;

    BankController(BankDesk desk, StatementDesk statements, SandboxProperties properties, Clock clock) {
        this.desk = desk;
        this.statements = statements;
        this.callbackHosts = properties.callbackHosts();
        this.clock = clock;
    }

    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TransferAnswer payment(@RequestBody TransferRequest request) {
        return TransferAnswer.of(desk.accept(instruction(TransferKind.PAYMENT, request)));
    }

    @PostMapping("/payouts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    TransferAnswer payout(@RequestBody TransferRequest request) {
        return TransferAnswer.of(desk.accept(instruction(TransferKind.PAYOUT, request)));
    }

    @GetMapping("/payments/{merchantReference}")
    TransferView paymentStatus(@PathVariable String merchantReference) {
        return TransferView.of(desk.find(TransferKind.PAYMENT, merchantReference));
    }

    @GetMapping("/payouts/{merchantReference}")
    TransferView payoutStatus(@PathVariable String merchantReference) {
        return TransferView.of(desk.find(TransferKind.PAYOUT, merchantReference));
    }

    /** from and to: ISO-8601 instants or epoch milliseconds; from inclusive (default: the beginning), to exclusive
     * (default: now). */
    @GetMapping("/statement")
    Statement statement(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) Integer limit) {
        Instant fromInstant = from == null ? Instant.EPOCH : instant("from", from);
        Instant toInstant = to == null ? clock.instant().plusMillis(1) : instant("to", to);
        return statements.statement(fromInstant, toInstant, limit == null ? statements.linesMax() : limit);
    }

    private TransferInstruction instruction(TransferKind kind, TransferRequest request) {
        if (request == null) {
            throw new InvalidInput("MALFORMED_JSON", "a JSON body is required");
        }
        return TransferInstruction.of(kind, request.merchantReference(), request.accountHolder(), request.asset(),
                request.amount(), request.callbackUrl(), callbackHosts);
    }

    private static Instant instant(String name, String text) {
        try {
            if (text.matches("\\d{1,15}")) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("INVALID_PERIOD", name + " must be an ISO-8601 instant or epoch milliseconds");
        }
    }
}
