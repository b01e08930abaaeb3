/**
 * Internal: a `Date` whose "local" fields are its UTC fields, so that date-fns computes on
 * calendar dates without the machine's time zone shifting a day.
 *
 * date-fns builds new dates with the constructor of the date it is given, so every date it
 * returns from a `UTCDay` is a `UTCDay` too. A plain local `Date` is not safe for calendar
 * arithmetic: in `Pacific/Kiritimati` the day 1994-12-31 does not exist (the islands
 * skipped it), and `getDaysInMonth(new Date(1994, 11, 1))` answers 1 there.
 *
 * Not part of the public API (no Date objects cross chitieu's calendar API).
 *
 * @internal
 * @module
 */
export class UTCDay extends Date {
  /** The calendar day `year-month-day` (month 1–12) at 00:00 UTC, for any year 1–9999. */
  static of(year: number, month: number, day: number): UTCDay {
    // The epoch is at 00:00:00.000 UTC, and setting the date keeps that time of day.
    const result = new UTCDay(0);
    result.setUTCFullYear(year, month - 1, day);
    return result;
  }

  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: [number, number?]): number {
    return this.setUTCMonth(...args);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return this.setUTCHours(...args);
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return this.setUTCMinutes(...args);
  }
  override setSeconds(...args: [number, number?]): number {
    return this.setUTCSeconds(...args);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
