using System.Text.Json;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Reads a tagging development set: JSON Lines, one article per line with <c>id</c>, <c>title</c>, <c>text</c>,
/// optional <c>language</c>, <c>outlet</c> and <c>url</c>, the reader's focus tags in
/// <c>focus: {countries, divisions, crimeTypes, groups}</c> and <c>otherCountries</c> (named but not the focus).
/// Stateless and thread-safe.
/// </summary>
public static class TagDevSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledArticle> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <exception cref="FormatException">A line is not such an object.</exception>
    public static IReadOnlyList<LabelledArticle> Parse(TextReader reader)
    {
        var set = new List<LabelledArticle>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Line? row;
            try
            {
                row = JsonSerializer.Deserialize<Line>(line, Options);
            }
            catch (JsonException e)
            {
                throw new FormatException($"Line {lineNumber}: {e.Message}", e);
            }
            if (row is not { Id: not null, Title: not null, Text: not null, Focus: not null })
                throw new FormatException($"Line {lineNumber} needs an id, a title, a text and focus tags.");
            var article = new Article
            {
                Id = row.Id, Source = row.Id, Title = row.Title, Text = row.Text, Language = row.Language, Outlet = row.Outlet, Url = row.Url,
            };
            var focus = row.Focus;
            var labels = new TagLabels(focus.Countries ?? [], focus.Divisions ?? [], focus.CrimeTypes ?? [], focus.Groups ?? []);
            set.Add(new LabelledArticle(article, labels, row.OtherCountries ?? []));
        }
        return set;
    }

    private sealed record Line(string? Id, string? Title, string? Text, string? Language, string? Outlet, string? Url, Focus? Focus, string[]? OtherCountries);

    private sealed record Focus(string[]? Countries, string[]? Divisions, string[]? CrimeTypes, string[]? Groups);
}
