package dev.pincite.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThreadPostsTest {

  @Test
  void aHeaderGivesTheDisplayNameOrElseTheHandle() {
    assertEquals("Marta Quill", ThreadPosts.poster("Marta Quill @mquill · 6h"));
    assertEquals("kitchen_kev", ThreadPosts.poster("@kitchen_kev · 4h"));
    assertEquals("Ketter Partners", ThreadPosts.poster("Ketter Partners @ketter · Mar 4"));
    assertEquals("toastfan", ThreadPosts.poster("u/toastfan · 3h"));
    assertEquals("penny_wise_ali", ThreadPosts.poster("penny_wise_ali · 2 Dec 2026, 08:14"));
    assertEquals("MarianneT_Harrowby", ThreadPosts.poster("MarianneT_Harrowby · 3h"));
  }

  @Test
  void aHandleLabelOpeningALineIsAChatLinesHeader() {
    assertEquals(
        new ThreadPosts.ChatLine("u/toastfan", "The fee is too high."),
        ThreadPosts.chatLine("u/toastfan: The fee is too high."));
    assertEquals("toastfan", ThreadPosts.poster("u/toastfan"));
    assertNull(ThreadPosts.chatLine("Update: the fee is too high."));
  }

  @Test
  void sentencesAndLabelsAreNoHeaders() {
    assertNull(ThreadPosts.poster("Marta Quill said the boom is over."));
    assertNull(ThreadPosts.poster("@mquill: the boom is over"));
    assertNull(ThreadPosts.poster("Toaster sales rose 40% last year"));
    assertNull(ThreadPosts.poster("Results · 2 Dec 2026"));
  }

  @Test
  void replyMarkersAndCountsAreFurnitureButPostsAreNot() {
    assertTrue(ThreadPosts.isFurniture("Replying to @mquill"));
    assertTrue(ThreadPosts.isFurniture("Replying to @mquill and @dorne"));
    assertTrue(ThreadPosts.isFurniture("12 replies · 40 likes"));
    assertTrue(ThreadPosts.isFurniture("1.2K reposts · 3,400 likes · 88K views"));
    assertTrue(ThreadPosts.isFurniture("Show more replies"));
    assertFalse(ThreadPosts.isFurniture("12 replies came in, most of them angry."));
    assertFalse(
        ThreadPosts.isFurniture("Replying to critics, the company said prices would fall."));
  }
}
