-- Order and trade events leave through the rows they describe (a state outbox): the engine's output transaction
-- marks a changed order or a new trade DUE; a relay publishes it to RocketMQ and marks it DONE, only if the row did
-- not change meanwhile (event_seq). So an event is published if and only if its state committed, at least once.
ALTER TABLE orders_0
    ADD COLUMN event_seq     BIGINT     NOT NULL DEFAULT 0,
    ADD COLUMN publish_state VARCHAR(8) NOT NULL DEFAULT 'NONE',
    ADD KEY ix_orders_0_publish (publish_state);
ALTER TABLE orders_1
    ADD COLUMN event_seq     BIGINT     NOT NULL DEFAULT 0,
    ADD COLUMN publish_state VARCHAR(8) NOT NULL DEFAULT 'NONE',
    ADD KEY ix_orders_1_publish (publish_state);
ALTER TABLE trades
    ADD COLUMN publish_state VARCHAR(8) NOT NULL DEFAULT 'DUE',
    ADD KEY ix_trades_publish (publish_state);
