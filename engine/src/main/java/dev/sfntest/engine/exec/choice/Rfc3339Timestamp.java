package dev.sfntest.engine.exec.choice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads the timestamps Choice rules compare: RFC 3339 date-times with an uppercase {@code T} between date and
 * time and an uppercase {@code Z} or a numeric {@code ±hh:mm} offset, e.g. {@code 2016-03-14T01:59:00Z}.
 *
 * <p>Rules from the ASL specification, "Timestamps" (https://states-language.net/spec.html#timestamps) and the
 * AWS guide's Choice page (https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html). The recorded
 * corpus shows that {@code 2012-10-09T19:00:55} (no zone) and {@code 2023-02-24} (no time) are not timestamps.
 * Hand-written rather than {@code DateTimeFormatter}: Choice tests values that are mostly not timestamps, in hot
 * loops, and a parse failure must not cost an exception.
 */
public final class Rfc3339Timestamp {
    private Rfc3339Timestamp() {}

    /** The instant {@code text} denotes, or {@code null} when it is not a timestamp in AWS's sense. */
    public static Instant parse(String text) {
        int n = text.length();
        // yyyy-MM-ddTHH:mm:ss = 19 characters, then optional fraction, then Z or ±hh:mm
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        if (day > Month.of(month).length(Year.isLeap(year))) return null;
        int pos = 19;
        int nanos = 0;
        if (text.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < n && isDigit(text.charAt(pos))) pos++;
            int count = pos - start;
            if (count == 0 || count > 9) return null;
            nanos = digits(text, start, count);
            for (int i = count; i < 9; i++) nanos *= 10;
        }
        if (pos >= n) return null;
        int offsetSeconds;
        char zone = text.charAt(pos);
        if (zone == 'Z') {
            if (pos + 1 != n) return null;
            offsetSeconds = 0;
        } else if (zone == '+' || zone == '-') {
            if (pos + 6 != n || text.charAt(pos + 3) != ':') return null;
            int offsetHours = digits(text, pos + 1, 2);
            int offsetMinutes = digits(text, pos + 4, 2);
            if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return null;
            offsetSeconds = (zone == '+' ? 1 : -1) * (offsetHours * 3600 + offsetMinutes * 60);
        } else {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code start}, or -1. */
    private static int digits(String text, int start, int count) {
        if (start + count > text.length()) return -1;
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
