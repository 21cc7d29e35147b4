namespace SearchPortal.Web.Maps;

/// <summary>
/// The map panel's choice for a request (<see cref="MapAtlas.ViewFor"/>): which <see cref="Kind"/>, for which
/// <see cref="Country"/> (null on the overview), and the <see cref="Level"/> to render (null for a ranked
/// list). Immutable.
/// </summary>
public sealed record MapView(MapViewKind Kind, string? Country, MapLevel? Level)
{
    /// <summary>
    /// The country's first-level divisions that have articles, most first, then by name: the list shown where
    /// there is no map. Values at other levels are ignored.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> Ranked(IReadOnlyDictionary<string, int> counts)
    {
        if (Country is null) return [];
        return counts
            .Where(c => c.Value > 0 && MapLevel.IsDivision(c.Key, Country))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.InvariantCulture)
            .ToArray();
    }
}
