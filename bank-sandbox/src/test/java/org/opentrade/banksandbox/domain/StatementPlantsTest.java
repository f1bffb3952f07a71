package org.opentrade.banksandbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementPlantsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void plants_alter_only_what_the_statement_shows() {
        StatementPlants plants = new StatementPlants(10);
        List<StatementLine> trueLines = List.of(line("B1", "1"), line("B2", "2"), line("B3", "3"));
        plants.changeAmount("B1", Amount.parse("1.5"));
        plants.hide("B2");
        plants.addExtraLine(line("BX", "9"));

        List<StatementLine> shown = plants.applyTo(trueLines, T0, T0.plusSeconds(60));

        assertThat(shown).extracting(StatementLine::bankReference).containsExactly("B1", "B3", "BX");
        assertThat(shown.get(0).amount().text()).isEqualTo("1.5");
        assertThat(trueLines.get(0).amount().text()).isEqualTo("1");
    }

    @Test
    void extra_lines_outside_the_window_are_not_shown() {
        StatementPlants plants = new StatementPlants(10);
        plants.addExtraLine(line("BX", "9"));

        assertThat(plants.applyTo(List.of(), T0.plusSeconds(1), T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void the_number_of_plants_is_bounded_and_clearing_makes_room() {
        StatementPlants plants = new StatementPlants(2);
        plants.hide("B1");
        plants.hide("B2");

        assertThatThrownBy(() -> plants.hide("B3")).isInstanceOf(InvalidInput.class);
        plants.clear();
        plants.hide("B3");
        assertThat(plants.applyTo(List.of(line("B1", "1")), T0, T0.plusSeconds(1))).hasSize(1);
    }

    private static StatementLine line(String bankReference, String amount) {
        return new StatementLine(bankReference, "m-" + bankReference, TransferKind.PAYMENT, "USD",
                Amount.parse(amount), TransferStatus.SUCCEEDED, T0);
    }
}
