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
     * Locks and reads every account row of these users, in primary-key order. A batch takes its users' rows this way
     * before it changes any of them (and the system rows last, in order), so two batches on a shard, or a batch and a
     * single posting (users first too), never wait for each other in a cycle.
     */
    @Select("""
            <script>
            SELECT user_id, asset, available, frozen, suspended FROM account
            WHERE user_id IN <foreach collection="userIds" item="u" open="(" separator="," close=")">#{u}</foreach>
            ORDER BY user_id, asset FOR UPDATE
            </script>
            """)
    List<LockedAccountRow> lockUserRows(@Param("userIds") Collection<Long> userIds);

    /**
     * The users' rows a batch changed, in one statement, each only if it still holds what the batch read under its
     * lock: the count of rows written tells whether that held.
     */
    @Update("""
            <script>
            UPDATE account SET
              available = CASE <foreach collection="rows" item="r">WHEN user_id = #{r.accountId} AND asset = #{r.asset} THEN #{r.availableAfter} </foreach>ELSE available END,
              frozen = CASE <foreach collection="rows" item="r">WHEN user_id = #{r.accountId} AND asset = #{r.asset} THEN #{r.frozenAfter} </foreach>ELSE frozen END
            WHERE user_id IN <foreach collection="rows" item="r" open="(" separator="," close=")">#{r.accountId}</foreach>
            AND CASE <foreach collection="rows" item="r">WHEN user_id = #{r.accountId} AND asset = #{r.asset} THEN available = #{r.availableBefore} AND frozen = #{r.frozenBefore} </foreach>ELSE FALSE END
            </script>
            """)
    int writeRows(@Param("rows") List<RowWrite> rows);

    /** Rows a batch opened (a first credit of an asset), with their final values and the user's suspension. */
    @Insert("""
            <script>
            INSERT INTO account (user_id, asset, available, frozen, suspended) VALUES
            <foreach collection="rows" item="r" separator=",">(#{r.accountId}, #{r.asset}, #{r.availableAfter}, #{r.frozenAfter}, #{r.suspended})</foreach>
            </script>
            """)
    int insertRows(@Param("rows") List<RowWrite> rows);

    /**
     * The batch's sums on the shard's system accounts in one statement, each added only if every prefix of its
     * postings keeps the balance in range; the count of rows written tells whether all of them took it (a missing
     * system account, or one near the BIGINT bounds, does not).
     */
    @Update("""
            <script>
            UPDATE account SET available = available + CASE
              <foreach collection="moves" item="m">WHEN user_id = #{m.accountId} AND asset = #{m.asset} THEN #{m.amount} </foreach>ELSE 0 END
            WHERE user_id IN <foreach collection="moves" item="m" open="(" separator="," close=")">#{m.accountId}</foreach>
            AND CASE <foreach collection="moves" item="m">WHEN user_id = #{m.accountId} AND asset = #{m.asset} THEN available BETWEEN #{m.availableMin} AND #{m.availableMax} </foreach>ELSE FALSE END
            </script>
            """)
    int addToSystemAccounts(@Param("moves") List<SystemMove> moves);

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
