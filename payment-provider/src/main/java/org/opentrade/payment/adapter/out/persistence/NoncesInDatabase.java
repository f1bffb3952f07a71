package org.opentrade.payment.adapter.out.persistence;

import java.sql.Timestamp;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.opentrade.payment.application.port.Nonces;
import org.springframework.stereotype.Repository;

/** INSERT IGNORE on the nonce's primary key: the first notification with a nonce wins, a replay gets 0 rows. */
@Repository
class NoncesInDatabase implements Nonces {

    @Mapper
    interface NonceMapper {
        @Insert("INSERT IGNORE INTO bank_nonce (nonce, received_at) VALUES (#{nonce}, #{at})")
        int insert(@Param("nonce") String nonce, @Param("at") Timestamp at);

        @Delete("DELETE FROM bank_nonce WHERE received_at < #{cutoff} LIMIT #{limit}")
        int deleteBefore(@Param("cutoff") Timestamp cutoff, @Param("limit") int limit);
    }

    private final NonceMapper mapper;

    NoncesInDatabase(NonceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean remember(String nonce, long receivedAtEpochMs) {
        return mapper.insert(nonce, new Timestamp(receivedAtEpochMs)) == 1;
    }

    @Override
    public int forgetBefore(long cutoffEpochMs, int limit) {
        return mapper.deleteBefore(new Timestamp(cutoffEpochMs), limit);
    }
}
