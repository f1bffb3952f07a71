package org.opentrade.risk.adapter.out.dubbo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opentrade.risk.domain.pretrade.UserStanding;

class RecentStandingsTest {
    final RecentStandings recent = new RecentStandings(1_000, 3);

    @Test
    void answersForLessThanTheAgeLimit() {
        recent.put(7, UserStanding.FROZEN, 10_000);
        assertThat(recent.get(7, 10_999)).isEqualTo(UserStanding.FROZEN);
        assertThat(recent.get(7, 11_000)).isNull();
        assertThat(recent.get(8, 10_000)).isNull();
    }

    @Test
    void dropsStaleEntriesFirstWhenFull() {
        recent.put(1, UserStanding.ACTIVE, 0);
        recent.put(2, UserStanding.ACTIVE, 500);
        recent.put(3, UserStanding.ACTIVE, 900);
        recent.put(4, UserStanding.ACTIVE, 1_200);
        assertThat(recent.size()).isEqualTo(3);
        assertThat(recent.get(2, 1_200)).isEqualTo(UserStanding.ACTIVE);
        assertThat(recent.get(4, 1_200)).isEqualTo(UserStanding.ACTIVE);
    }

    @Test
    void neverHoldsMoreThanItsSize() {
        for (long user = 0; user < 100; user++) {
            recent.put(user, UserStanding.ACTIVE, 5);
            assertThat(recent.size()).isLessThanOrEqualTo(3);
        }
        assertThat(recent.get(99, 5)).isEqualTo(UserStanding.ACTIVE);
    }
}
