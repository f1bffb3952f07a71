package org.opentrade.fund.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The SQL of a shard's batch (see {@link ShardBatch}). Every statement names only user ids of one shard, so
 * ShardingSphere routes it to one physical table. No statement can fail on a value: the balance updates bound the
 * balance before the change instead of computing {@code balance + amount} in SQL, which would raise a BIGINT
 * overflow error inside the shared transaction.
 */
@Mapper
interface LedgerBatchMapper {

    /** The references of the batch that already exist on the shard, with their content fingerprints. */
    @Select("""
            <script>
            SELECT reference, content_sha256 FROM ledger_tx
            WHERE user_id IN <foreach collection="userIds" item="u" open="(" separator="," close=")">#{u}</foreach>
            AND reference IN <foreach collection="references" item="r" open="(" separator="," close=")">#{r}</foreach>
            </script>
            """)
    List<StoredReferenceRow> storedContents(@Param("userIds") Collection<Long> userIds,
                                            @Param("references") Collection<String> references);

    /**
     * Locks every account row of these users, in primary-key order. A batch takes its users' rows this way before
     * it changes any of them (and the system rows last, in order), so two batches on a shard, or a batch and a
     * single posting (users first too), never wait for each other in a cycle.
     */
    @Select("""
            <script>
            SELECT user_id FROM account
            WHERE user_id IN <foreach collection="userIds" item="u" open="(" separator="," close=")">#{u}</foreach>
            ORDER BY user_id, asset FOR UPDATE
            </script>
            """)
    List<Long> lockUserRows(@Param("userIds") Collection<Long> userIds);

    /**
     * Both buckets of one account row in one statement, if the row allows it: each bucket within the bounds that
     * keep it in range (and non-negative), and a debit of available only while the account is not suspended.
     */
    @Update("UPDATE account SET available = available + #{m.availableDelta}, frozen = frozen + #{m.frozenDelta} "
            + "WHERE user_id = #{m.accountId} AND asset = #{m.asset} "
            + "AND available BETWEEN #{m.availableMin} AND #{m.availableMax} "
            + "AND frozen BETWEEN #{m.frozenMin} AND #{m.frozenMax} "
            + "AND (#{m.availableDelta} >= 0 OR suspended = 0)")
    int moveIfAllowed(@Param("m") RowMove move);

    /** Takes back a move this transaction made (it holds the row's lock): no condition can fail. */
    @Update("UPDATE account SET available = available - #{m.availableDelta}, frozen = frozen - #{m.frozenDelta} "
            + "WHERE user_id = #{m.accountId} AND asset = #{m.asset}")
    int undo(@Param("m") RowMove move);

    /** A row's state under its lock, to say why a move was refused; null when the account does not exist. */
    @Select("SELECT available, frozen, suspended FROM account "
            + "WHERE user_id = #{accountId} AND asset = #{asset} FOR UPDATE")
    AccountStateRow lockState(@Param("accountId") long accountId, @Param("asset") String asset);

    /** 1 when any account of the user is suspended, under lock, so that a suspension cannot pass it meanwhile. */
    @Select("SELECT COALESCE(MAX(suspended), 0) FROM account WHERE user_id = #{userId} FOR UPDATE")
    int lockUserSuspension(@Param("userId") long userId);

    /** A system account's summed postings of the batch, if every prefix of them keeps it in range. */
    @Update("UPDATE account SET available = available + #{m.amount} "
            + "WHERE user_id = #{m.accountId} AND asset = #{m.asset} "
            + "AND available BETWEEN #{m.availableMin} AND #{m.availableMax}")
    int addToSystemAccount(@Param("m") SystemMove move);

    @Insert("""
            <script>
            INSERT INTO ledger_tx (reference, user_id, type, content_sha256) VALUES
            <foreach collection="rows" item="t" separator=",">(#{t.reference}, #{t.userId}, #{t.type}, #{t.contentSha256})</foreach>
            </script>
            """)
    int insertTransactions(@Param("rows") List<LedgerTxRow> rows);

    @Insert("""
            <script>
            INSERT INTO journal (entry_id, reference, user_id, asset, bucket, amount, type) VALUES
            <foreach collection="rows" item="e" separator=",">(#{e.entryId}, #{e.reference}, #{e.userId}, #{e.asset}, #{e.bucket}, #{e.amount}, #{e.type})</foreach>
            </script>
            """)
    int insertEntries(@Param("rows") List<JournalRow> rows);
}
