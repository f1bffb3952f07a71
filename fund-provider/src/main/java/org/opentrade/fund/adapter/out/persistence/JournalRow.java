package org.opentrade.fund.adapter.out.persistence;

import java.time.LocalDateTime;

/** One row of the logical table {@code journal}. */
class JournalRow {
    private long entryId;
    private String reference;
    private long userId;
    private String asset;
    private String bucket;
    private long amount;
    private String type;
    private LocalDateTime createdAt;

    JournalRow() {
    }

    JournalRow(long entryId, String reference, long userId, String asset, String bucket, long amount, String type) {
        this.entryId = entryId;
        this.reference = reference;
        this.userId = userId;
        this.asset = asset;
        this.bucket = bucket;
        this.amount = amount;
        this.type = type;
    }

    public long getEntryId() {
        return entryId;
    }

    public void setEntryId(long entryId) {
        this.entryId = entryId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getAsset() {
        return asset;
    }

    public void setAsset(String asset) {
        this.asset = asset;
    }

    public String getBucket() {
        return bucket;
    }

    public void setBucket(String bucket) {
        this.bucket = bucket;
    }

    public long getAmount() {
        return amount;
    }

    public void setAmount(long amount) {
        this.amount = amount;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
