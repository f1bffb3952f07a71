package org.opentrade.banksandbox.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.opentrade.banksandbox.domain.Admission;
import org.opentrade.banksandbox.domain.BankTransfer;
import org.opentrade.banksandbox.domain.BankUnavailable;
import org.opentrade.banksandbox.domain.Behaviour;
import org.opentrade.banksandbox.domain.TransferInstruction;
import org.opentrade.banksandbox.domain.TransferKind;
import org.opentrade.banksandbox.domain.Transfers;
import org.opentrade.banksandbox.domain.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank's counter: takes payment and payout requests, settles each later with the outcome the behaviour
 * chose at acceptance, and calls the merchant back.
 */
public final class BankDesk {

    private static final Logger log = LoggerFactory.getLogger(BankDesk.class);
    private static final int REFERENCE_RANDOM_BYTES = 10;

    private final Transfers transfers;
    private final BehaviourSettings behaviour;
    private final CallbackDispatcher dispatcher;
    private final OutOfOrderRelease outOfOrder;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public BankDesk(Transfers transfers, BehaviourSettings behaviour, CallbackDispatcher dispatcher,
                    OutOfOrderRelease outOfOrder, ObjectMapper json, Clock clock) {
        this.transfers = transfers;
        this.behaviour = behaviour;
        this.dispatcher = dispatcher;
        this.outOfOrder = outOfOrder;
        this.json = json;
        this.clock = clock;
    }

    /** Idempotent on the merchant reference: a retry answers with the transfer as it stands and sends nothing new. */
    public BankTransfer accept(TransferInstruction instruction) {
        Behaviour now = behaviour.current();
        requireOpen(now);
        int copies = now.callbackCopies();
        if (!dispatcher.tryReserve(copies)) {
            throw new BankUnavailable("BANK_BUSY", "too many callbacks pending; try again later");
        }
        Admission admission;
        try {
            admission = transfers.admit(instruction, () -> BankTransfer.accepted(newBankReference(), instruction,
                    now.outcomeFor(instruction.merchantReference()), clock.instant()));
        } catch (RuntimeException e) {
            dispatcher.release(copies);
            throw e;
        }
        if (!admission.created()) {
            dispatcher.release(copies);
            return admission.transfer();
        }
        String bankReference = admission.transfer().bankReference();
        log.info("{} {} accepted as {} ({} {}), outcome {}", instruction.kind(), instruction.merchantReference(),
                bankReference, instruction.amount(), instruction.asset(), admission.transfer().plannedOutcome());
        if (now.callbackBeforeResponse()) {
            return settleAndCallBackBeforeAnswering(admission.transfer(), copies);
        }
        dispatcher.schedule(() -> settleAndCallBack(bankReference, copies), now.settlementDelayMs(random.nextDouble()));
        return admission.transfer();
    }

    /** A status inquiry, as banks offer one for requests whose answer got lost. */
    public BankTransfer find(TransferKind kind, String merchantReference) {
        requireOpen(behaviour.current());
        return transfers.byMerchantReference(merchantReference)
                .filter(transfer -> transfer.instruction().kind() == kind)
                .orElseThrow(() -> new UnknownReference("no " + kind + " with merchantReference " + merchantReference));
    }

    private static void requireOpen(Behaviour now) {
        if (now.outage()) {
            throw new BankUnavailable("BANK_UNAVAILABLE", "the bank is not available");
        }
    }

    private void settleAndCallBack(String bankReference, int copies) {
        Optional<BankTransfer> settled = transfers.settle(bankReference, clock.instant());
        if (settled.isEmpty()) {
            dispatcher.release(copies); // forgotten meanwhile (more than recordsMax newer transfers)
            return;
        }
        OutgoingCallback callback = callbackFor(settled.get());
        Behaviour now = behaviour.current();
        if (now.reordersCallbacks()) {
            outOfOrder.submit(callback, copies, now.outOfOrderBatch());
        } else {
            dispatcher.deliverCopies(callback, 1, copies);
        }
    }

    private BankTransfer settleAndCallBackBeforeAnswering(BankTransfer accepted, int copies) {
        Optional<BankTransfer> settled = transfers.settle(accepted.bankReference(), clock.instant());
        if (settled.isEmpty()) {
            dispatcher.release(copies);
            return accepted;
        }
        OutgoingCallback callback = callbackFor(settled.get());
        dispatcher.deliverFirstCopyNow(callback);
        dispatcher.deliverCopies(callback, 2, copies);
        return settled.get();
    }

    private OutgoingCallback callbackFor(BankTransfer settled) {
        BankNotification notification = BankNotification.of(settled);
        try {
            return new OutgoingCallback(settled.instruction().callbackUrl(), settled.bankReference(),
                    settled.merchantReference(), notification.status(), json.writeValueAsString(notification));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a notification", e);
        }
    }

    private String newBankReference() {
        byte[] bytes = new byte[REFERENCE_RANDOM_BYTES];
        random.nextBytes(bytes);
        return "BNK" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
