package org.opentrade.payment.adapter.out.persistence;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;
import org.opentrade.payment.application.port.DailyWithdrawals;
import org.springframework.stereotype.Repository;

/**
 * One row per (user, asset, day). The conditional UPDATE takes the row lock and re-reads the committed total, so two
 * concurrent withdrawals of one user cannot both fit into what only one of them fits into.
 */
@Repository
class DailyWithdrawalsInDatabase implements DailyWithdrawals {

    @Mapper
    interface DailyWithdrawalMapper {
        @Insert("INSERT IGNORE INTO withdrawal_day_totals (user_id, asset, day_utc, amount) "
                + "VALUES (#{userId}, #{asset}, #{day}, 0)")
        int open(@Param("userId") long userId, @Param("asset") String asset, @Param("day") LocalDate day);

        @Update("UPDATE withdrawal_day_totals SET amount = amount + #{amount} WHERE user_id = #{userId} "
                + "AND asset = #{asset} AND day_utc = #{day} AND amount <= #{dayMax} - #{amount}")
        int add(@Param("userId") long userId, @Param("asset") String asset, @Param("day") LocalDate day,
                @Param("amount") long amount, @Param("dayMax") long dayMax);

        @Update("UPDATE withdrawal_day_totals SET amount = amount - #{amount} WHERE user_id = #{userId} "
                + "AND asset = #{asset} AND day_utc = #{day} AND amount >= #{amount}")
        int subtract(@Param("userId") long userId, @Param("asset") String asset, @Param("day") LocalDate day,
                     @Param("amount") long amount);
    }

    private final DailyWithdrawalMapper mapper;

    DailyWithdrawalsInDatabase(DailyWithdrawalMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void open(long userId, String asset, LocalDate day) {
        mapper.open(userId, asset, day);
    }

    @Override
    public boolean reserve(long userId, String asset, LocalDate day, long amount, long dayMax) {
        return mapper.add(userId, asset, day, amount, dayMax) == 1;
    }

    @Override
    public void release(long userId, String asset, LocalDate day, long amount) {
        mapper.subtract(userId, asset, day, amount);
    }
}
