package org.opentrade.facade.web;

import java.time.Instant;
import java.util.List;

import org.opentrade.api.fund.LedgerEntryView;
import org.opentrade.api.fund.StatementLine;
import org.opentrade.api.money.Decimal8;

/**
 * A ledger statement as CSV (RFC 4180: CRLF line ends, one header line, a field quoted when it holds a comma, a quote
 * or a line break). Amounts and balances are exact decimal strings, as in the JSON ledger ("-0.5", never 5.0E-1);
 * times are ISO-8601 instants in UTC. A text field that a spreadsheet would take for a formula (=, +, -, @ first) is
 * prefixed with an apostrophe; the numeric columns are numbers and are left as they are.
 */
final class StatementCsv {
    static final String HEADER = "time,entryId,asset,bucket,amount,balanceAfter,type,reference";
    static final String LINE_END = "\r\n";

    private StatementCsv() {
    }

    static String of(List<StatementLine> lines) {
        StringBuilder csv = new StringBuilder(HEADER.length() + 2 + lines.size() * 100).append(HEADER).append(LINE_END);
        for (StatementLine line : lines) {
            LedgerEntryView entry = line.entry();
            csv.append(Instant.ofEpochMilli(entry.timeEpochMs())).append(',')
                    .append(text(entry.entryId())).append(',')
                    .append(text(entry.asset())).append(',')
                    .append(text(entry.bucket())).append(',')
                    .append(Decimal8.format(entry.amount())).append(',')
                    .append(Decimal8.format(line.balanceAfter())).append(',')
                    .append(text(entry.type())).append(',')
                    .append(text(entry.reference())).append(LINE_END);
        }
        return csv.toString();
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
