-- Cursor paging of a user's history (GET /api/v1/orders, /fills, /orders/{id}/fills), newest first. Every page walks
-- an index backwards from its cursor and reads about one page of rows, however long the history.
-- Orders page by order id (time-ordered): (user_id, order_id). A symbol or state filter walks the same index and
-- skips the other rows; ix_orders_N_user_status serves open orders.
-- Fills page by (traded_at_ms, symbol, trade_id): ix_fills_N_time (user_id, traded_at_ms) already ends in the
-- primary key's (symbol, trade_id), so it is that order. These two serve the filtered pages: by symbol (the index
-- then ends in trade_id), and by order (the fills of one order).
ALTER TABLE orders_0 ADD KEY ix_orders_0_user_order (user_id, order_id);
ALTER TABLE orders_1 ADD KEY ix_orders_1_user_order (user_id, order_id);
ALTER TABLE fills_0
    ADD KEY ix_fills_0_symbol_time (user_id, symbol, traded_at_ms),
    ADD KEY ix_fills_0_order (user_id, order_id, traded_at_ms);
ALTER TABLE fills_1
    ADD KEY ix_fills_1_symbol_time (user_id, symbol, traded_at_ms),
    ADD KEY ix_fills_1_order (user_id, order_id, traded_at_ms);
