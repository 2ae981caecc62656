package dev.pincite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subtitles saved as text (SubRip or WebVTT): numbered cues, each a timing line ("00:00:01,200 -->
 * 00:00:05,900") over one or more lines of what was said. A cue is a slice of time, not a
 * paragraph: its number and timing are no text, and a cue that does not open with a speaker's label
 * ("ESTHER KOLB:", WebVTT's {@code <v Esther Kolb>}) goes on with the turn of the cue before.
 * {@link #asTurns} turns such a text into one paragraph per turn, the label kept as a transcript's
 * is ("Esther Kolb: ..."). Recognised by the timing lines, never by a name. Stateless.
 */
final class SubtitleCues {

  private static final Pattern TIMING =
      Pattern.compile(
          "^\\s*(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}\\s+-->\\s+(?:\\d{1,2}:)?\\d{2}:\\d{2}[.,]\\d{3}.*$");
  private static final Pattern CUE_NUMBER = Pattern.compile("^\\s*\\d{1,6}\\s*$");
  private static final Pattern VOICE_TAG = Pattern.compile("^<v(?:\\.[\\w.-]+)?\\s+([^>]+)>\\s*");
  private static final Pattern ANY_TAG = Pattern.compile("</?[a-z][^>]*>");
  private static final int MIN_TIMINGS = 2;

  private SubtitleCues() {}

  /** Whether the text is subtitles: at least two cues' timing lines. */
  static boolean isSubtitles(String text) {
    int timings = 0;
    for (String line : text.split("\\R")) {
      if (TIMING.matcher(line).matches() && ++timings >= MIN_TIMINGS) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subtitles as paragraphs separated by blank lines, one per speaker's turn.
   *
   * @param text subtitles ({@link #isSubtitles})
   */
  static String asTurns(String text) {
    List<StringBuilder> turns = new ArrayList<>();
    for (String cue : cues(text)) {
      Matcher voice = VOICE_TAG.matcher(cue);
      String said =
          voice.lookingAt() ? voice.group(1).strip() + ": " + cue.substring(voice.end()) : cue;
      said = Whitespace.normalise(ANY_TAG.matcher(said).replaceAll(""));
      if (said.isEmpty()) {
        continue;
      }
      if (turns.isEmpty() || NameForms.SPEAKER_LABEL.matcher(said).lookingAt()) {
        turns.add(new StringBuilder(said));
      } else {
        turns.getLast().append(' ').append(said);
      }
    }
    return String.join("\n\n", turns);
  }

  /** Each cue's text lines joined, without the header, cue numbers and timing lines. */
  private static List<String> cues(String text) {
    List<String> cues = new ArrayList<>();
    StringBuilder cue = null;
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (TIMING.matcher(line).matches()) {
        if (cue != null) {
          cues.add(cue.toString());
        }
        cue = new StringBuilder();
      } else if (cue == null
          || line.isEmpty()
          || (CUE_NUMBER.matcher(line).matches()
              && i + 1 < lines.length
              && TIMING.matcher(lines[i + 1]).matches())) {
        // before the first cue (a "WEBVTT" header), between cues, or the next cue's number
        continue;
      } else {
        cue.append(cue.isEmpty() ? "" : " ").append(line);
      }
    }
    if (cue != null) {
      cues.add(cue.toString());
    }
    return cues;
  }
}
