package org.opentrade.fund.domain.ledger;

import static org.opentrade.fund.domain.ledger.Users.units;

import org.opentrade.api.money.Asset;

/** A fill of 1 BTC for 30,000 USD between ALICE (buyer) and BOB (seller), no fees, unless told otherwise. */
final class FillBuilder {
    private String reference = "trade-1";
    private long buyer = Users.ALICE;
    private long seller = Users.BOB;
    private Asset base = Asset.BTC;
    private Asset quote = Asset.USD;
    private long quantity = units(1);
    private long notional = units(30_000);
    private long buyerFee;
    private long sellerFee;

    static FillBuilder aFill() {
        return new FillBuilder();
    }

    FillBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    FillBuilder buyer(long buyer) {
        this.buyer = buyer;
        return this;
    }

    FillBuilder seller(long seller) {
        this.seller = seller;
        return this;
    }

    FillBuilder instrument(Asset base, Asset quote) {
        this.base = base;
        this.quote = quote;
        return this;
    }

    FillBuilder quantity(long quantity) {
        this.quantity = quantity;
        return this;
    }

    FillBuilder notional(long notional) {
        this.notional = notional;
        return this;
    }

    FillBuilder fees(long buyerFee, long sellerFee) {
        this.buyerFee = buyerFee;
        this.sellerFee = sellerFee;
        return this;
    }

    TradeFill build() {
        return new TradeFill(reference, buyer, seller, base, quote, quantity, notional, buyerFee, sellerFee);
    }
}
