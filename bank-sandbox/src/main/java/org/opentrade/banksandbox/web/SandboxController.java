package org.opentrade.banksandbox.web;

import java.util.List;
import org.opentrade.banksandbox.application.BehaviourSettings;
import org.opentrade.banksandbox.application.DeliveryAttempt;
import org.opentrade.banksandbox.application.DeliveryLog;
import org.opentrade.banksandbox.application.OutOfOrderRelease;
import org.opentrade.banksandbox.application.StatementDesk;
import org.opentrade.banksandbox.domain.Behaviour;
import org.opentrade.banksandbox.domain.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The test-only controls: how the bank behaves, planted statement errors, what was delivered. */
@RestController
@RequestMapping("/sandbox/v1")
class SandboxController {

    private final BehaviourSettings behaviour;
    private final StatementDesk statements;
    private final DeliveryLog deliveries;
    private final OutOfOrderRelease outOfOrder;

    SandboxController(BehaviourSettings behaviour, StatementDesk statements, DeliveryLog deliveries,
                      OutOfOrderRelease outOfOrder) {
        this.behaviour = behaviour;
        this.statements = statements;
        this.deliveries = deliveries;
        this.outOfOrder = outOfOrder;
    }

    @GetMapping("/behaviour")
    Behaviour behaviour() {
        return behaviour.current();
    }

    @PutMapping("/behaviour")
    Behaviour replaceBehaviour(@RequestBody BehaviourRequest request) {
        if (request == null) {
            throw new InvalidInput("MALFORMED_JSON", "a JSON body is required");
        }
        Behaviour next = request.toBehaviour();
        behaviour.replace(next);
        if (!next.reordersCallbacks()) {
            outOfOrder.releaseNow(); // nothing stays held once reordering is off
        }
        return next;
    }

    @PostMapping("/statement/plant")
    @ResponseStatus(HttpStatus.CREATED)
    PlantAnswer plant(@RequestBody PlantRequest request) {
        if (request == null || request.type() == null) {
            throw new InvalidInput("INVALID_PLANT", "type must be EXTRA_LINE, AMOUNT_CHANGED or LINE_MISSING");
        }
        return new PlantAnswer(request.type(), statements.plant(request.type(), request.merchantReference(),
                request.kind(), request.asset(), request.amount()));
    }

    @DeleteMapping("/statement/plants")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearPlants() {
        statements.clearPlants();
    }

    /** Delivery attempts, oldest first, optionally of one merchant reference. */
    @GetMapping("/callbacks")
    List<DeliveryAttempt> callbacks(@RequestParam(required = false) String merchantReference) {
        return deliveries.about(merchantReference);
    }

    /** Sends the callbacks an out-of-order batch holds now, newest first, without waiting for the batch. */
    @PostMapping("/callbacks/release")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void releaseHeldCallbacks() {
        outOfOrder.releaseNow();
    }
}
