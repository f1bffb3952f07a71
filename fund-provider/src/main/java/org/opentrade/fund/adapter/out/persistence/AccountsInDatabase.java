package org.opentrade.fund.adapter.out.persistence;

import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.money.Asset;
import org.opentrade.fund.domain.Account;
import org.opentrade.fund.domain.Accounts;
import org.springframework.stereotype.Repository;

@Repository
class AccountsInDatabase implements Accounts {
    private final AccountMapper mapper;

    AccountsInDatabase(AccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void openIfMissing(long userId, Collection<Asset> assets) {
        mapper.insertMissing(userId, assets.stream().map(Asset::name).toList());
    }

    @Override
    public void setSuspended(long userId, boolean suspended) {
        mapper.setSuspended(userId, suspended ? 1 : 0);
    }

    @Override
    public List<Account> ofUserFresh(long userId) {
        // A client reads its balances right after its own deposit or trade: the replica may lag, the primary not.
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return mapper.selectList(Wrappers.<AccountRow>lambdaQuery().eq(AccountRow::getUserId, userId)).stream()
                    .map(row -> new Account(row.getUserId(), Asset.valueOf(row.getAsset()), row.getAvailable(),
                            row.getFrozen()))
                    .toList();
        }
    }
}
