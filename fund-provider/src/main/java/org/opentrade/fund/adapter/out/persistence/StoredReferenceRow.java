package org.opentrade.fund.adapter.out.persistence;

/** A {@code ledger_tx} reference and its content fingerprint, as a batch reads them. */
class StoredReferenceRow {
    private String reference;
    private String contentSha256;

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public void setContentSha256(String contentSha256) {
        this.contentSha256 = contentSha256;
    }
}
