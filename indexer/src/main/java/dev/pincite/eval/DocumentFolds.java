package dev.pincite.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How the cross-validations split labelled documents into folds: document k is in fold k mod {@code
 * folds}, so every run splits the same documents the same way.
 */
final class DocumentFolds {

  private DocumentFolds() {}

  /**
   * Checks a number of folds.
   *
   * @param folds how many folds
   * @throws IllegalArgumentException when fewer than 2
   */
  static void check(int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be at least 2: " + folds);
    }
  }

  /**
   * The documents a fold's model is trained on: all those outside the fold.
   *
   * @param documents the labelled documents, in order
   * @param folds how many folds
   * @param fold the fold left out
   * @param document what training reads of each
   * @return the training documents, in order
   */
  static <E, D> List<D> outside(List<E> documents, int folds, int fold, Function<E, D> document) {
    List<D> train = new ArrayList<>();
    for (int k = 0; k < documents.size(); k++) {
      if (k % folds != fold) {
        train.add(document.apply(documents.get(k)));
      }
    }
    return train;
  }
}
