using System.Globalization;

namespace SearchPortal.Core.Facets;

/// <summary>Reads "dim=value" filters into a <see cref="FacetSelection"/>, collecting errors instead of throwing. Stateless.</summary>
internal static class FacetSelectionParser
{
    public static FacetSelection Parse(IEnumerable<string> filters, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var selection = FacetSelection.Empty;
        foreach (var filter in filters)
        {
            var equals = filter.IndexOf('=');
            if (equals <= 0 || string.IsNullOrWhiteSpace(filter[..equals]))
            {
                problems.Add($"Filter '{filter}' is not of the form dimension=value.");
                continue;
            }
            var name = filter[..equals].Trim();
            var value = filter[(equals + 1)..].Trim();
            var dimension = FacetSchema.Find(name);
            if (dimension is null)
            {
                var known = string.Join(", ", FacetSchema.All.Select(d => d.Name));
                problems.Add($"Unknown facet dimension '{name}' in '{filter}'; known: {known}.");
            }
            else if (value.Length == 0)
            {
                problems.Add($"Filter '{filter}' has no value.");
            }
            else if (dimension == FacetSchema.Year && value.Contains(FacetSchema.RangeMark, StringComparison.Ordinal))
            {
                selection = WithYearRange(selection, filter, value, problems);
            }
            else
            {
                selection = selection.With(dimension, value);
            }
        }
        errors = problems;
        return selection;
    }

    private static FacetSelection WithYearRange(FacetSelection selection, string filter, string value, List<string> problems)
    {
        var mark = value.IndexOf(FacetSchema.RangeMark, StringComparison.Ordinal);
        var fromText = value[..mark].Trim();
        var toText = value[(mark + FacetSchema.RangeMark.Length)..].Trim();
        if (!TryParseYear(fromText, out var from) || !TryParseYear(toText, out var to) || (from is null && to is null))
        {
            problems.Add($"Year range '{filter}' must look like year=2010..2015, year=2010.. or year=..2015.");
        }
        else if (from > to)
        {
            problems.Add($"Year range '{filter}' is empty: {from} is after {to}.");
        }
        else if (selection.HasYearRange)
        {
            problems.Add($"Year range '{filter}' repeats an earlier year range.");
        }
        else
        {
            return selection.WithYearRange(from, to);
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
