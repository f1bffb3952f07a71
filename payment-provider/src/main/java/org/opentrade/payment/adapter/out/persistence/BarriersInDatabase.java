package org.opentrade.payment.adapter.out.persistence;

import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.opentrade.payment.application.withdrawal.Barriers;
import org.springframework.stereotype.Repository;

/** INSERT IGNORE decides who came first (try or cancel); later phases read the state under a row lock. */
@Repository
class BarriersInDatabase implements Barriers {

    @Mapper
    interface PaymentBarrierMapper {
        @Insert("INSERT IGNORE INTO payment_barrier (branch_key, xid, state) VALUES (#{key}, #{xid}, #{state})")
        int insert(@Param("key") String branchKey, @Param("xid") String xid, @Param("state") String state);

        @Select("SELECT state FROM payment_barrier WHERE branch_key = #{key} FOR UPDATE")
        String lockState(@Param("key") String branchKey);

        @Update("UPDATE payment_barrier SET state = #{state} WHERE branch_key = #{key}")
        int update(@Param("key") String branchKey, @Param("state") String state);
    }

    private final PaymentBarrierMapper mapper;

    BarriersInDatabase(PaymentBarrierMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean insert(String branchKey, String xid, State state) {
        return mapper.insert(branchKey, xid == null ? "" : xid, state.name()) == 1;
    }

    @Override
    public Optional<State> lockState(String branchKey) {
        return Optional.ofNullable(mapper.lockState(branchKey)).map(State::valueOf);
    }

    @Override
    public void update(String branchKey, State state) {
        mapper.update(branchKey, state.name());
    }
}
