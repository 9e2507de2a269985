/**
 * ZStack serialises every Timestamp with Gson's default US pattern `MMM d, yyyy h:mm:ss a`
 * (e.g. `Jan 6, 2017 3:51:16 AM`) in the node's local time, with no zone.
 * Newer JDKs add a comma after the year and a narrow no-break space before AM/PM; parsing
 * accepts all three forms.
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats a date the way a Java 8 management node does, in the process's local time. */
export function formatZStackDate(date: Date): string {
  const hours = date.getHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${months[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()} ${hour12}:${pad(
    date.getMinutes(),
  )}:${pad(date.getSeconds())} ${hours < 12 ? 'AM' : 'PM'}`;
}

const zstackDate =
  /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})[\s\u202f\u00a0]*([AP]M)$/;

/**
 * Parses ZStack's date forms (and ISO-8601 as a fallback) into a Date in local time.
 * Returns `null` for anything else.
 */
export function parseZStackDate(text: string): Date | null {
  const match = zstackDate.exec(text.trim());
  if (match) {
    const [, mon = '', day, year, hour, minute, second, ampm] = match;
    const month = months.indexOf(mon);
    if (month < 0) return null;
    let h = Number(hour) % 12;
    if (ampm === 'PM') h += 12;
    return new Date(Number(year), month, Number(day), h, Number(minute), Number(second));
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}
