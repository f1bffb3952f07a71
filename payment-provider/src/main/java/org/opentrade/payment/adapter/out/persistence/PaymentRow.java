package org.opentrade.payment.adapter.out.persistence;

import java.sql.Timestamp;

/** One row of {@code payments} (V1 + V2 columns that the application reads). */
class PaymentRow {
    private String paymentId;
    private Long userId;
    private String kind;
    private String asset;
    private Long amount;
    private String status;
    private String stage;
    private String bankState;
    private String bankReference;
    private Boolean uncertain;
    private Integer attempts;
    private Timestamp nextAttemptAt;
    private Timestamp createdAt;

    public String getPaymentId() { return paymentId; }
    public void setPaymentId(String paymentId) { this.paymentId = paymentId; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAsset() { return asset; }
    public void setAsset(String asset) { this.asset = asset; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getBankState() { return bankState; }
    public void setBankState(String bankState) { this.bankState = bankState; }
    public String getBankReference() { return bankReference; }
    public void setBankReference(String bankReference) { this.bankReference = bankReference; }
    public Boolean getUncertain() { return uncertain; }
    public void setUncertain(Boolean uncertain) { this.uncertain = uncertain; }
    public Integer getAttempts() { return attempts; }
    public void setAttempts(Integer attempts) { this.attempts = attempts; }
    public Timestamp getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Timestamp nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Timestamp getCreatedAt() { return createdAt; }
    public void setCreatedAt(Timestamp createdAt) { this.createdAt = createdAt; }
}
