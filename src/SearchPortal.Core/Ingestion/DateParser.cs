using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Parses the publication dates found in news pages and feeds, in English and Spanish:
/// "24 SEP 2013", "September 17, 2020", "17 de septiembre de 2020", "2019-01-04",
/// ISO timestamps and Reuters' "26-FEB-1987 15:01:01.79". Stateless and thread-safe.
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Regex[] Patterns = [DayMonthYear(), MonthDayYear(), NumericIso()];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim();

        if (IsoLike().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return DateOnly.FromDateTime(iso.UtcDateTime);
        }

        return Find(value);
    }

    /// <summary>
    /// Finds the first date written out in words inside a line of text: day-month-year, then month-day-year,
    /// then year-month-day; only the first match of each form is tried.
    /// </summary>
    public static DateOnly? Find(string text)
    {
        foreach (var pattern in Patterns)
        {
            if (pattern.Match(text) is { Success: true } m && Build(m) is { } date) return date;
        }
        return null;
    }

    /// <summary>The match's date, or null when it is not a real day; month names are matched in ASCII letters only, without the dot.</summary>
    private static DateOnly? Build(Match match)
    {
        var (year, month, day) = (match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value);
        if (!int.TryParse(year, out var y) || !int.TryParse(day, out var d)) return null;
        var mo = int.TryParse(month, out var numeric) ? numeric : Months.GetValueOrDefault(month.ToLowerInvariant());
        if (y < 1900 || y > 2100 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "enero", "ene"], ["february", "feb", "febrero"], ["march", "mar", "marzo"],
            ["april", "apr", "abril", "abr"], ["may", "mayo"], ["june", "jun", "junio"], ["july", "jul", "julio"],
            ["august", "aug", "agosto", "ago"], ["september", "sep", "sept", "septiembre", "setiembre"],
            ["october", "oct", "octubre"], ["november", "nov", "noviembre"], ["december", "dec", "diciembre", "dic"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i]) map[name] = i + 1;
        }
        return map;
    }

    private const string MonthWord =
        "(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" +
        "enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|se(?:p|t)?tiembre|octubre|noviembre|diciembre|dic)\\.?";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s+de)?[\s\-/]+" + MonthWord + @"(?:\s+de)?[\s\-/,]+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthWord + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex NumericIso();
}
