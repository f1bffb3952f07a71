package org.opentrade.payment.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.opentrade.platform.db.CreatedAtKeyset;

@Mapper
interface PaymentMapper {
    String COLUMNS = "payment_id, user_id, kind, asset, amount, status, stage, bank_state, bank_reference, uncertain, "
            + "attempts, next_attempt_at, created_at";

    @Select("SELECT " + COLUMNS + " FROM payments WHERE payment_id = #{id}")
    PaymentRow byId(@Param("id") String paymentId);

    @Select("<script>SELECT " + COLUMNS + " FROM payments WHERE payment_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    List<PaymentRow> byIds(@Param("ids") Collection<String> paymentIds);

    /** A page of the user's payments of one kind, newest first; index ix_payments_user_kind_time (sql/payment/V6). */
    @Select("<script>SELECT " + COLUMNS + " FROM payments WHERE user_id = #{userId} AND kind = #{kind}"
            + CreatedAtKeyset.WINDOW + CreatedAtKeyset.BELOW_OPEN + "payment_id" + CreatedAtKeyset.BELOW_CLOSE
            + " ORDER BY created_at DESC, payment_id DESC LIMIT #{limit}</script>")
    List<PaymentRow> newestFirst(@Param("userId") long userId, @Param("kind") String kind,
                                 @Param("k") CreatedAtKeyset keyset, @Param("limit") int limit);

    @Select("SELECT " + COLUMNS + " FROM payments WHERE user_id = #{userId} AND idempotency_key = #{key}")
    PaymentRow byKey(@Param("userId") long userId, @Param("key") String idempotencyKey);

    /** 0 rows when (user, idempotency key) is taken. */
    @Insert("INSERT IGNORE INTO payments (payment_id, user_id, kind, asset, amount, status, stage, bank_state, "
            + "idempotency_key, attempts, next_attempt_at, created_at) VALUES (#{p.paymentId}, #{p.userId}, #{p.kind}, "
            + "#{p.asset}, #{p.amount}, #{p.status}, #{p.stage}, #{p.bankState}, #{key}, 0, #{p.nextAttemptAt}, "
            + "#{p.createdAt})")
    int insert(@Param("p") PaymentRow row, @Param("key") String idempotencyKey);

    @Update("UPDATE payments SET bank_state = 'ACCEPTED', bank_reference = COALESCE(#{ref}, bank_reference), "
            + "next_attempt_at = #{next} WHERE payment_id = #{id} AND status = 'PENDING'")
    int markAccepted(@Param("id") String paymentId, @Param("ref") String bankReference, @Param("next") Timestamp next);

    @Update("UPDATE payments SET attempts = #{attempts}, uncertain = GREATEST(uncertain, #{uncertain}), "
            + "next_attempt_at = #{next} WHERE payment_id = #{id} AND status = 'PENDING'")
    int scheduleRetry(@Param("id") String paymentId, @Param("attempts") int attempts,
                      @Param("uncertain") int uncertain, @Param("next") Timestamp next);

    @Update("UPDATE payments SET status = #{status}, failure_reason = #{reason}, settled_at = #{now} "
            + "WHERE payment_id = #{id} AND status = 'PENDING'")
    int finish(@Param("id") String paymentId, @Param("status") String status, @Param("reason") String reason,
               @Param("now") Timestamp now);

    @Select("SELECT " + COLUMNS + " FROM payments WHERE status = 'PENDING' AND stage = 'READY' "
            + "AND next_attempt_at <= #{now} ORDER BY next_attempt_at LIMIT #{limit}")
    List<PaymentRow> due(@Param("now") Timestamp now, @Param("limit") int limit);

    @Update("UPDATE payments SET next_attempt_at = #{lease} WHERE payment_id = #{id} AND status = 'PENDING' "
            + "AND next_attempt_at = #{expected}")
    int claim(@Param("id") String paymentId, @Param("expected") Timestamp expected, @Param("lease") Timestamp lease);

    @Update("UPDATE payments SET stage = 'READY', next_attempt_at = #{next} WHERE payment_id = #{id} AND stage = 'HELD'")
    int release(@Param("id") String paymentId, @Param("next") Timestamp next);

    @Delete("DELETE FROM payments WHERE payment_id = #{id} AND stage = 'HELD' AND status = 'PENDING'")
    int deleteHeld(@Param("id") String paymentId);

    /** Through ix_payments_due (status first): reads the PENDING rows only. */
    @Select("SELECT MIN(created_at) FROM payments WHERE status = 'PENDING' AND kind = 'WITHDRAWAL'")
    Timestamp oldestOpenWithdrawal();

    @Select("SELECT " + COLUMNS + " FROM payments WHERE settled_at >= #{from} AND settled_at < #{to} "
            + "ORDER BY settled_at LIMIT #{limit}")
    List<PaymentRow> settledBetween(@Param("from") Timestamp from, @Param("to") Timestamp to, @Param("limit") int limit);
}
