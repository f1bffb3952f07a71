-- Candles built from the trades table (trade-provider application/market/CandleBuilder, docs/adr/0016-market-data.md).
-- Sharded by symbol like trades, so a symbol's trades, candles and cursor share one database and one local
-- transaction folds a page of trades into the candles and moves the cursor: a restart resumes exactly where the last
-- committed fold ended, and the candles equal an aggregation of the trades however often the builder stopped.
-- Prices and amounts in 10^-8 units; times in UTC epoch milliseconds; interval_name is the wire name ("1m" ... "1d").
-- first_trade_id/last_trade_id: the first and last trade (by the symbol's dense trade id) in the candle; open and
-- close are their prices. last_trade_id also says which rows changed after a given cursor (the caches' refresh).
CREATE TABLE candles (
    symbol         VARCHAR(16) NOT NULL,
    interval_name  VARCHAR(3)  NOT NULL,
    open_time_ms   BIGINT      NOT NULL,
    open_price     BIGINT      NOT NULL,
    high_price     BIGINT      NOT NULL,
    low_price      BIGINT      NOT NULL,
    close_price    BIGINT      NOT NULL,
    volume         BIGINT      NOT NULL,
    quote_volume   BIGINT      NOT NULL,
    trade_count    BIGINT      NOT NULL,
    first_trade_id BIGINT      NOT NULL,
    last_trade_id  BIGINT      NOT NULL,
    PRIMARY KEY (symbol, interval_name, open_time_ms),
    KEY ix_candles_changed (symbol, last_trade_id)
) ENGINE = InnoDB;

-- The last trade id folded into the symbol's candles. Locked (FOR UPDATE) by each fold: two builders never fold the
-- same trades, whatever their leases say.
CREATE TABLE candle_cursor (
    symbol        VARCHAR(16)  NOT NULL,
    last_trade_id BIGINT       NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (symbol)
) ENGINE = InnoDB;
