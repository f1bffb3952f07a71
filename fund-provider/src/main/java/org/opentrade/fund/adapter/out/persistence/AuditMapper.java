package org.opentrade.fund.adapter.out.persistence;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Whole-ledger reads for the audit; ShardingSphere runs them on every shard and merges the results. */
@Mapper
interface AuditMapper {

    @Select("SELECT user_id, asset, available, frozen FROM account")
    List<Map<String, Object>> balances();

    @Select("SELECT user_id, asset, bucket, SUM(amount) AS total, COUNT(*) AS entries FROM journal "
            + "GROUP BY user_id, asset, bucket")
    List<Map<String, Object>> journalSums();
}
