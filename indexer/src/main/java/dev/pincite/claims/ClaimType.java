package dev.pincite.claims;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of a claim, as the claim contract names them. */
public enum ClaimType {
  CLAIM,
  COUNTERCLAIM,
  EVIDENCE,
  PREDICTION,
  RECOMMENDATION,
  CONTEXT;

  // Made once: the label is asked for per sentence and per claim (model outcomes, features, index
  // fields, JSON), and lowercasing the name each time allocated a string per call.
  private final String label = name().toLowerCase(Locale.ROOT);

  /** The contract's name: {@code claim}, {@code counterclaim} ... */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * Parses a contract name.
   *
   * @param label a name such as {@code evidence}
   * @return the type
   * @throws IllegalArgumentException for an unknown name, with the name in the message
   */
  public static ClaimType fromLabel(String label) {
    for (ClaimType type : values()) {
      if (type.label().equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown claim type: " + label);
  }
}
