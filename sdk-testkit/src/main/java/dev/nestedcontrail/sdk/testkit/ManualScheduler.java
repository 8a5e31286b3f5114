package dev.nestedcontrail.sdk.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link DelayScheduler} driven by the test: tasks run only when {@link #advance} passes their time. */
public final class ManualScheduler implements DelayScheduler {
  private final List<Scheduled> tasks = new ArrayList<>();
  private Duration now = Duration.ZERO;
  private long sequence;

  @Override
  public synchronized void schedule(Duration delay, Runnable task) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay: " + delay + " is negative");
    }
    tasks.add(new Scheduled(now.plus(delay), sequence++, task));
  }

  /** Moves time forward by {@code step} and runs, in due order on the calling thread, what became due. */
  public void advance(Duration step) {
    List<Scheduled> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(step);
      for (Scheduled s : tasks) {
        if (s.due.compareTo(now) <= 0) {
          due.add(s);
        }
      }
      tasks.removeAll(due);
    }
    due.sort(Comparator.comparing((Scheduled s) -> s.due).thenComparingLong(s -> s.sequence));
    due.forEach(s -> s.task.run());
  }

  /** How many tasks wait for their time. */
  public synchronized int pending() {
    return tasks.size();
  }

  /** How far {@link #advance} has moved time since this scheduler was made. */
  public synchronized Duration elapsed() {
    return now;
  }

  private record Scheduled(Duration due, long sequence, Runnable task) {}
}
