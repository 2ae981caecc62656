package dev.pincite.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The frozen held-out claim sets, each a folder of the project root named after it ({@code
 * heldout/}, {@code heldout2/}, ...), in the order they were written. Nobody writes a rule from
 * them; the fourth, sixth and eighth were looked at and spent into {@code gold/}, so their numbers
 * are missing. This is the one list of them: {@code score-claims}, its {@code blind} pool, the
 * floors file's set names and {@code HeldOutSetTest} all read it, so a new set is one constant
 * here, its folder, and its block in {@code eval/floors.yaml}.
 */
public enum HeldOutSet {
  HELDOUT("the first frozen held-out set"),
  HELDOUT2("a second, written later"),
  HELDOUT3("a third, written later still"),
  HELDOUT5("a fifth (the fourth was spent into gold/)"),
  HELDOUT7("a seventh (the sixth was spent)"),
  HELDOUT9("a ninth (the eighth was spent)"),
  HELDOUT10("a tenth"),
  HELDOUT11("an eleventh"),
  HELDOUT12("a twelfth"),
  HELDOUT13("a thirteenth"),
  HELDOUT14("a fourteenth"),
  HELDOUT15("a fifteenth"),
  HELDOUT16("a sixteenth"),
  HELDOUT17("a seventeenth"),
  HELDOUT18("an eighteenth"),
  HELDOUT19("a nineteenth"),
  HELDOUT20("a twentieth"),
  HELDOUT21("a twenty-first");

  private final String description;

  HeldOutSet(String description) {
    this.description = description;
  }

  /** The set's name, which is also its folder's and its block's in the floors file. */
  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the set is, for help texts. */
  public String description() {
    return description;
  }

  /** Every set's folder name, in the order the sets were written. */
  public static List<String> folders() {
    return Arrays.stream(values()).map(HeldOutSet::folder).toList();
  }

  /** The set of this name, if it is one. */
  public static Optional<HeldOutSet> named(String name) {
    return Arrays.stream(values()).filter(s -> s.folder().equals(name)).findFirst();
  }
}
