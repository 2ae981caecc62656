package dev.pincite.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a memo was written, as the instant after which an answer is news to it ("answered since").
 *
 * <p>A memo gives its date in YAML front matter ({@code date: 2026-07-01}), or the writer gives one
 * with {@code cite --since}. A date with a time ({@code 2026-07-01T09:30:00Z}, {@code
 * 2026-07-01T11:30+02:00}) is taken as it is. A bare date means the end of that day in UTC: the
 * memo was written some time that day, so only what was indexed on a later day is certainly new to
 * it.
 */
public final class MemoDate {

  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A(?:\\uFEFF)?---[ \\t]*\\R(.*?)\\R(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
          Pattern.DOTALL);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private MemoDate() {}

  /**
   * @param value {@code yyyy-MM-dd}, or an ISO-8601 date-time with an offset or {@code Z}
   * @return the instant after which an answer is news: the end of a bare date's day (UTC), or the
   *     date-time itself
   * @throws IllegalArgumentException when the value is neither, with the value in the message
   */
  public static Instant parse(String value) {
    String text = value == null ? "" : value.strip();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a memo date must look like 2026-07-01 or 2026-07-01T09:30:00Z, got: " + value, e);
    }
  }

  /**
   * @param memo a memo's Markdown
   * @return the instant its front matter's {@code date} stands for ({@link #parse}), or empty when
   *     it has no front matter or no date there
   * @throws IllegalArgumentException when the front matter is not YAML or its date cannot be read
   */
  public static Optional<Instant> ofMemo(String memo) {
    Matcher m = FRONT_MATTER.matcher(memo);
    if (!m.find()) {
      return Optional.empty();
    }
    JsonNode front;
    try {
      front = YAML.readTree(m.group(1));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the memo's front matter is not valid YAML: " + e.getOriginalMessage(), e);
    }
    JsonNode date = front == null ? null : front.get("date");
    if (date == null || date.isNull() || !date.isValueNode()) {
      return Optional.empty();
    }
    return Optional.of(parse(date.asText()));
  }
}
