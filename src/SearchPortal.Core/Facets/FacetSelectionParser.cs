using System.Globalization;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Reads filters into a <see cref="FacetSelection"/> at the edges, collecting errors instead of throwing: "dim=value"
/// text (the CLI's --filter, partner configuration) and the values of one dimension (the HTTP binder's parameters),
/// where the year dimension also reads ranges ("2010..2015", "2010..", "..2015"). Problems are <see cref="UserMessage"/>s
/// for the HTTP binder (pages word them in the reader's language); <see cref="Parse"/> gives their English text, for the
/// CLI and configuration. Stateless.
/// </summary>
public static class FacetSelectionParser
{
    public static FacetSelection Parse(IEnumerable<string> filters, out IReadOnlyList<string> errors)
    {
        var selection = Read(filters, out var problems);
        errors = problems.Select(p => p.Text).ToList();
        return selection;
    }

    /// <summary>As <see cref="Parse"/>, with the problems as messages.</summary>
    public static FacetSelection Read(IEnumerable<string> filters, out IReadOnlyList<UserMessage> errors)
    {
        var problems = new List<UserMessage>();
        var selection = FacetSelection.Empty;
        foreach (var filter in filters)
        {
            var equals = filter.IndexOf('=');
            if (equals <= 0 || string.IsNullOrWhiteSpace(filter[..equals]))
            {
                problems.Add(UserMessage.Of(MessageKeys.FilterForm, filter));
                continue;
            }
            var name = filter[..equals].Trim();
            var dimension = FacetSchema.Find(name);
            if (dimension is null)
            {
                var known = string.Join(", ", FacetSchema.All.Select(d => d.Name));
                problems.Add(UserMessage.Of(MessageKeys.FilterUnknownDimension, name, filter, known));
                continue;
            }
            selection = Add(selection, dimension, filter[(equals + 1)..], problems, filter);
        }
        errors = problems;
        return selection;
    }

    /// <summary>
    /// The selection with the value <paramref name="text"/> of <paramref name="dimension"/> added, a year range when
    /// the year dimension's text has "..", or unchanged with the reason in <paramref name="problems"/>.
    /// <paramref name="filter"/> is how messages quote it (default "dim=text").
    /// </summary>
    public static FacetSelection Add(FacetSelection selection, FacetDimension dimension, string text, ICollection<UserMessage> problems,
        string? filter = null)
    {
        filter ??= $"{dimension.Name}={text}";
        var value = text.Trim();
        if (value.Length == 0)
        {
            problems.Add(UserMessage.Of(MessageKeys.FilterNoValue, filter));
            return selection;
        }
        if (dimension == FacetSchema.Year && value.Contains(FacetSchema.RangeMark, StringComparison.Ordinal))
        {
            return WithYearRange(selection, filter, value, problems);
        }
        return selection.With(dimension, value);
    }

    private static FacetSelection WithYearRange(FacetSelection selection, string filter, string value, ICollection<UserMessage> problems)
    {
        var mark = value.IndexOf(FacetSchema.RangeMark, StringComparison.Ordinal);
        var fromText = value[..mark].Trim();
        var toText = value[(mark + FacetSchema.RangeMark.Length)..].Trim();
        if (!TryParseYear(fromText, out var from) || !TryParseYear(toText, out var to) || (from is null && to is null))
        {
            problems.Add(UserMessage.Of(MessageKeys.FilterYearRangeForm, filter));
        }
        else if (from > to)
        {
            problems.Add(UserMessage.Of(MessageKeys.FilterYearRangeEmpty, filter, from, to));
        }
        else if (selection.Years is not null)
        {
            problems.Add(UserMessage.Of(MessageKeys.FilterYearRangeRepeated, filter));
        }
        else
        {
            return selection.WithYears(new YearRange(from, to));
        }
        return selection;
    }

    private static bool TryParseYear(string text, out int? year)
    {
        year = null;
        if (text.Length == 0) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return false;
        year = parsed;
        return true;
    }
}
