package dev.nestedcontrail.sdk.vnc.internal.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Iterates over a paged listing, fetching the next page only when the current one is used up. A
 * page without a marker (JSON null or absent) is the last one.
 *
 * @param <T> the element type
 */
public final class PageIterator<T> implements Iterator<T> {

  /** One answer: its elements and the marker of the next page. */
  public static final class Page<T> {
    private final List<T> items;
    private final Optional<String> next;

    public Page(List<T> items, Optional<String> next) {
      this.items = items;
      this.next = next;
    }

    public List<T> items() {
      return items;
    }

    /** The marker of the next page; empty on the last page. */
    public Optional<String> next() {
      return next;
    }
  }

  private final Function<Optional<String>, Page<T>> fetch;
  private final Deque<T> buffer = new ArrayDeque<>();
  private Optional<String> marker = Optional.empty();
  private boolean done;

  /** {@code fetch} gets the marker of the page to read (empty for the first page). */
  public PageIterator(Function<Optional<String>, Page<T>> fetch) {
    this.fetch = fetch;
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && !done) {
      Page<T> page = fetch.apply(marker);
      buffer.addAll(page.items());
      done = page.next().isEmpty() || page.items().isEmpty() || page.next().equals(marker);
      marker = page.next();
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.removeFirst();
  }
}
