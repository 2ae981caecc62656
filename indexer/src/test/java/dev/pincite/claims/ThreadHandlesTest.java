package dev.pincite.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreadHandlesTest {

  @Test
  void handlesOpeningTwoPostsOrMoreAreTheirWriters() {
    ThreadHandles handles = new ThreadHandles();
    handles.learn(
        List.of(
            "ridgeline_commuter: Voltaro has recalled every bike.",
            "bondsandbikes: Investor here.",
            "The thread was pinned."));
    assertEquals(
        Optional.of("bondsandbikes"), handles.opening("bondsandbikes: The brand may live."));
    assertEquals(Optional.of("ridgeline_commuter"), handles.opening("ridgeline_commuter: Fair."));
    assertEquals(Optional.empty(), handles.opening("note: the figures are unaudited."));
  }

  @Test
  void oneLeadInOrPlainWordsAreNoThread() {
    ThreadHandles single = new ThreadHandles();
    single.learn(List.of("mod_halyard: Pinning this.", "The recall began in March."));
    assertEquals(Optional.empty(), single.opening("mod_halyard: Pinning this."));
    ThreadHandles plain = new ThreadHandles();
    plain.learn(List.of("note: unaudited.", "update: the shares closed higher."));
    assertEquals(Optional.empty(), plain.opening("note: unaudited."));
  }
}
