namespace SearchPortal.Core.Export;

/// <summary>
/// Splits a byline into people: several authors are separated by ";", " and ", " &amp; " or commas
/// between full names; "Family, Given" is read inverted; otherwise the last word is the family name.
/// A byline that fits none of these (an organisation, one name) stays one single name. Heuristic by
/// nature: news sites do not mark up names. Stateless and thread-safe.
/// </summary>
public static class AuthorNames
{
    private static readonly string[] Separators = [";", " and ", " & ", " AND "];

    public static IReadOnlyList<PersonName> Parse(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline)) return [];
        var parts = byline.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.SelectMany(ParseGroup).ToList();
    }

    private static IEnumerable<PersonName> ParseGroup(string group)
    {
        var commaParts = group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (commaParts.Length == 2 && Words(commaParts[0]).Length == 1)
        {
            return [new PersonName(commaParts[1], commaParts[0])];
        }
        if (commaParts.Length > 1 && commaParts.All(p => Words(p).Length >= 2))
        {
            return commaParts.Select(Person);
        }
        return [Person(group)];
    }

    private static PersonName Person(string name)
    {
        var words = Words(name);
        return words.Length < 2 ? new PersonName(null, name.Trim()) : new PersonName(string.Join(" ", words[..^1]), words[^1]);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
