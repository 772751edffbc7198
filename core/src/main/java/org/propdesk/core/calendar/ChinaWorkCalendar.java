package org.propdesk.core.calendar;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import org.propdesk.core.common.InvalidInputException;
import org.propdesk.core.spi.WorkCalendar;

/**
 * China's work calendar (中国法定工作日历): Monday to Friday are working days, except statutory holidays
 * (法定节假日); weekend days listed as make-up workdays (调休上班日) are working days.
 *
 * <p>Data comes from text: {@link #statutory()} loads the bundled years (2025 and 2026, provenance
 * [law]: State Council notices of 2024-11-12 and 2025-11-04). Integrators add later years with {@link
 * #withData(Reader)}, in the format documented in the bundled file {@code cn-statutory.txt}:
 * {@code year YYYY}, {@code holiday YYYY-MM-DD[..YYYY-MM-DD]}, {@code workday YYYY-MM-DD}, comments
 * after {@code #}.
 *
 * <p>Invariants: a date is either a holiday or a make-up workday, never both; a holiday or workday
 * must fall in a year declared by {@code year}. A question about a year without data fails with
 * {@link InvalidInputException} (field {@code date}) rather than guessing. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChinaWorkCalendar implements WorkCalendar {
  private static final String BUNDLED = "cn-statutory.txt";

  private final ImmutableSet<Integer> years;
  private final ImmutableSet<LocalDate> holidays;
  private final ImmutableSet<LocalDate> workdays;

  private ChinaWorkCalendar(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workdays) {
    this.years = ImmutableSet.copyOf(years);
    this.holidays = ImmutableSet.copyOf(holidays);
    this.workdays = ImmutableSet.copyOf(workdays);
  }

  /** The bundled statutory calendar: 2025 and 2026. */
  public static ChinaWorkCalendar statutory() {
    try (InputStream in = ChinaWorkCalendar.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled calendar data " + BUNDLED + " is missing from the jar");
      }
      return new ChinaWorkCalendar(Set.of(), Set.of(), Set.of())
          .withData(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * This calendar plus the years in {@code data}. A year already known is replaced by the new data.
   *
   * @throws InvalidInputException naming the line when the data is malformed
   */
  public ChinaWorkCalendar withData(Reader data) {
    Set<Integer> newYears = new HashSet<>();
    Set<LocalDate> newHolidays = new HashSet<>();
    Set<LocalDate> newWorkdays = new HashSet<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(data)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (s.isEmpty()) {
          continue;
        }
        parseLine(s, "line " + lineNo, newYears, newHolidays, newWorkdays);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (LocalDate d : newHolidays) {
      requireDeclared(newYears, d, "holiday");
      if (newWorkdays.contains(d)) {
        throw new InvalidInputException("data", d + " is listed both as a holiday and as a workday");
      }
    }
    newWorkdays.forEach(d -> requireDeclared(newYears, d, "workday"));
    Set<Integer> years = new HashSet<>(this.years);
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    this.holidays.stream().filter(d -> !newYears.contains(d.getYear())).forEach(holidays::add);
    this.workdays.stream().filter(d -> !newYears.contains(d.getYear())).forEach(workdays::add);
    years.addAll(newYears);
    holidays.addAll(newHolidays);
    workdays.addAll(newWorkdays);
    return new ChinaWorkCalendar(years, holidays, workdays);
  }

  private static void parseLine(
      String s, String where, Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workdays) {
    String[] parts = s.split("\\s+");
    if (parts.length != 2) {
      throw new InvalidInputException("data", where + " must be '<directive> <value>'");
    }
    try {
      switch (parts[0]) {
        case "year" -> years.add(Integer.parseInt(parts[1]));
        case "holiday" -> {
          String[] range = parts[1].split("\\.\\.", -1);
          if (range.length > 2) {
            throw new InvalidInputException("data", where + " must be a date or an ascending range from..to");
          }
          LocalDate from = LocalDate.parse(range[0]);
          LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
          if (to.isBefore(from)) {
            throw new InvalidInputException("data", where + " must be a date or an ascending range from..to");
          }
          from.datesUntil(to.plusDays(1)).forEach(holidays::add);
        }
        case "workday" -> workdays.add(LocalDate.parse(parts[1]));
        default -> throw new InvalidInputException(
            "data", where + " starts with unknown directive; use year, holiday or workday");
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new InvalidInputException("data", where + " has a malformed year or date (use YYYY-MM-DD)");
    }
  }

  private static void requireDeclared(Set<Integer> years, LocalDate d, String what) {
    if (!years.contains(d.getYear())) {
      throw new InvalidInputException("data", what + " " + d + " lies in a year without a 'year' line");
    }
  }

  /** The years this calendar has data for. */
  public Set<Integer> years() {
    return years;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    if (!years.contains(date.getYear())) {
      throw new InvalidInputException(
          "date",
          "the work calendar has no data for "
              + date.getYear()
              + "; load that year with ChinaWorkCalendar.withData(...)");
    }
    if (holidays.contains(date)) {
      return false;
    }
    if (workdays.contains(date)) {
      return true;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  @Override
  public String toString() {
    return "ChinaWorkCalendar" + years.stream().sorted().toList();
  }
}
