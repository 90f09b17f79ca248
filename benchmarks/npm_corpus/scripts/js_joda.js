const { LocalDate, LocalDateTime, LocalTime, Duration, Period, ChronoUnit, DateTimeFormatter, ZonedDateTime, ZoneOffset, Instant, DayOfWeek, TemporalAdjusters, YearMonth, Year, ZoneId, DateTimeParseException } = require('@js-joda/core');
const d = LocalDate.of(2024, 1, 31);
console.log(d.plusMonths(1).toString(), d.plusDays(366).toString(), d.dayOfWeek().toString(), d.isLeapYear(), d.lengthOfMonth(), d.dayOfYear());
console.log(d.with(TemporalAdjusters.lastDayOfMonth()).toString(), d.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).toString(), d.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).toString());
const dt = LocalDateTime.parse('2024-03-10T13:45:30.123'); console.log(dt.format(DateTimeFormatter.ofPattern('yyyy/MM/dd HH:mm:ss.SSS')), dt.truncatedTo(ChronoUnit.HOURS).toString(), dt.plusNanos(999999999).toString());
console.log(Period.between(LocalDate.of(2000, 2, 29), d).toString(), ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1), d), Duration.between(dt, dt.plusHours(49).plusSeconds(7)).toString());
console.log(Duration.ofMillis(123456789).toString(), Duration.parse('PT-1.5S').toMillis(), Period.parse('P1Y2M3W').toString(), Period.of(1, 14, 40).normalized().toString());
const z = ZonedDateTime.of(dt, ZoneOffset.ofHours(5)); console.log(z.toString(), z.toInstant().toString(), z.toEpochSecond(), Instant.ofEpochMilli(-1).toString(), Instant.parse('2024-01-01T00:00:00Z').plusSeconds(3600 * 25).toString());
console.log(LocalTime.parse('23:59').plusMinutes(2).toString(), LocalTime.MIDNIGHT.minusNanos(1).toString(), YearMonth.of(2024, 2).lengthOfMonth(), Year.of(1900).isLeap(), ZoneId.UTC.toString());
try { LocalDate.parse('2024-02-30'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
console.log(DateTimeFormatter.ISO_LOCAL_DATE.format(d), LocalDate.parse('03.04.2021', DateTimeFormatter.ofPattern('dd.MM.yyyy')).toString(), d.compareTo(LocalDate.of(2024, 2, 1)), d.equals(LocalDate.parse('2024-01-31')));
