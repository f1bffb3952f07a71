package org.opentrade.banksandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourTest {

    @Test
    void the_default_succeeds_once_within_about_one_and_a_half_seconds() {
        Behaviour d = Behaviour.DEFAULT;

        assertThat(d.outcomeFor("any")).isEqualTo(Outcome.SUCCEED);
        assertThat(d.callbackCopies()).isEqualTo(1);
        assertThat(d.settlementDelayMs(0.0)).isEqualTo(1_000);
        assertThat(d.settlementDelayMs(0.999)).isLessThan(1_500);
        assertThat(d.reordersCallbacks()).isFalse();
    }

    @Test
    void a_per_reference_outcome_wins_over_the_general_one() {
        Behaviour b = with(Outcome.SUCCEED, Map.of("r-fail", Outcome.FAIL), 10, 1, 0, false);

        assertThat(b.outcomeFor("r-fail")).isEqualTo(Outcome.FAIL);
        assertThat(b.outcomeFor("r-other")).isEqualTo(Outcome.SUCCEED);
    }

    @Test
    void a_late_callback_uses_its_own_delay() {
        Behaviour late = with(Outcome.SUCCEED, Map.of(), 10, 1, 0, true);

        assertThat(late.settlementDelayMs(0.5)).isEqualTo(45_000);
    }

    @Test
    void every_number_is_bounded() {
        assertThatThrownBy(() -> with(Outcome.SUCCEED, Map.of(), -1, 1, 0, false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> with(Outcome.SUCCEED, Map.of(), Behaviour.CALLBACK_DELAY_MS_MAX + 1, 1, 0, false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> with(Outcome.SUCCEED, Map.of(), 0, 0, 0, false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> with(Outcome.SUCCEED, Map.of(), 0, Behaviour.CALLBACK_COPIES_MAX + 1, 0, false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> with(Outcome.SUCCEED, Map.of(), 0, 1, Behaviour.OUT_OF_ORDER_BATCH_MAX + 1, false))
                .isInstanceOf(InvalidInput.class);
        Map<String, Outcome> tooMany = new HashMap<>();
        for (int i = 0; i <= Behaviour.OUTCOME_OVERRIDES_MAX; i++) {
            tooMany.put("r" + i, Outcome.FAIL);
        }
        assertThatThrownBy(() -> with(Outcome.SUCCEED, tooMany, 0, 1, 0, false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> with(null, Map.of(), 0, 1, 0, false)).isInstanceOf(InvalidInput.class);
    }

    private static Behaviour with(Outcome outcome, Map<String, Outcome> overrides, long delayMs, int copies,
                                  int outOfOrderBatch, boolean late) {
        return new Behaviour(outcome, overrides, delayMs, 0, copies, outOfOrderBatch, false, false, late, 45_000,
                false);
    }
}
