package dev.pincite.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time one file may take to be parsed and have its claims extracted. A file over it is that
 * file's skip ({@link BadDocumentException.Reason#TOO_SLOW}); the rest of the corpus goes on.
 *
 * <p>Java cannot stop a thread, so the limit is cooperative: a watchdog interrupts the thread
 * working on the file when its time is up, and the long loops of parsing and extraction call {@link
 * #checkpoint()}, which ends the work there. The interrupt is delivered only while {@link #run} is
 * inside its work, and the flag is cleared before {@code run} returns, so the thread never carries
 * it into index writing (Lucene's file channels close for good when interrupted). Thread safe: one
 * instance serves every worker of a reindex.
 */
public final class FileTimeLimit implements AutoCloseable {

  /** The default limit: far above any real article (the bundled ones take milliseconds). */
  public static final Duration DEFAULT = Duration.ofSeconds(60);

  /**
   * Thrown by {@link #checkpoint()} when the file's time is up; {@link #run} turns it into a skip.
   */
  public static final class Expired extends RuntimeException {
    Expired() {
      super("the file's time is up", null, false, false);
    }
  }

  private final Duration limit;
  private final ScheduledExecutorService watchdog;

  /**
   * @param limit the time one file may take; must be positive
   */
  public FileTimeLimit(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the per-file time limit must be positive, got " + limit);
    }
    this.limit = limit;
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "pincite-file-time-limit");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The limit. */
  public Duration limit() {
    return limit;
  }

  /**
   * Ends the current file's work when its time is up. Cheap: one read of the thread's interrupt
   * flag. Call it from loops whose length grows with the file.
   *
   * @throws Expired when the thread was interrupted (its time is up)
   */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Expired();
    }
  }

  /**
   * Runs one file's work within the limit.
   *
   * @param path the file's corpus path, for the skip's message
   * @param work the parsing and extraction
   * @return what the work returned
   * @throws BadDocumentException what the work threw, or {@code TOO_SLOW} when the time ran out
   */
  public <T> T run(String path, Callable<T> work) throws BadDocumentException {
    Watch watch = new Watch(Thread.currentThread());
    ScheduledFuture<?> alarm =
        watchdog.schedule(watch::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      T result = work.call();
      if (watch.finish()) {
        throw tooSlow(path);
      }
      return result;
    } catch (BadDocumentException | RuntimeException | Error e) {
      if (watch.finish()) {
        throw tooSlow(path);
      }
      throw e;
    } catch (Exception e) {
      watch.finish();
      throw new IllegalStateException(e);
    } finally {
      alarm.cancel(false);
    }
  }

  private BadDocumentException tooSlow(String path) {
    return new BadDocumentException(
        path,
        BadDocumentException.Reason.TOO_SLOW,
        "parsing and extraction took longer than the per-file limit of "
            + limit.toSeconds()
            + " s");
  }

  /** One file's state between its worker and the watchdog. */
  private static final class Watch {
    private final Thread worker;
    private boolean working = true;
    private boolean expired;

    Watch(Thread worker) {
      this.worker = worker;
    }

    synchronized void expire() {
      if (working) {
        expired = true;
        worker.interrupt();
      }
    }

    /** Ends the work: no interrupt can arrive after this; returns whether the time ran out. */
    synchronized boolean finish() {
      working = false;
      if (expired) {
        Thread.interrupted();
      }
      return expired;
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
