package dev.pincite.claims;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A claim's stance toward the main company it discusses. */
public enum Stance {
  BULLISH,
  BEARISH,
  NEUTRAL;

  // Made once: the label is asked for per sentence and per claim (model outcomes, features, index
  // fields, JSON), and lowercasing the name each time allocated a string per call.
  private final String label = name().toLowerCase(Locale.ROOT);

  /** The contract's name: {@code bullish}, {@code bearish} or {@code neutral}. */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * Parses a contract name.
   *
   * @param label a name such as {@code bearish}
   * @return the stance
   * @throws IllegalArgumentException for an unknown name, with the name in the message
   */
  public static Stance fromLabel(String label) {
    for (Stance stance : values()) {
      if (stance.label().equals(label)) {
        return stance;
      }
    }
    throw new IllegalArgumentException("unknown stance: " + label);
  }
}
