using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>Shared inputs for the map tests: the atlas (loaded once), sample counts and a link builder like the page's.</summary>
internal static class MapSamples
{
    public static MapAtlas Atlas { get; } = MapAtlas.Load();

    public static MapLevel Peru => Atlas.DivisionsOf("Peru")!;

    /// <summary>The seeds' regions and more: Peru dominates, Barbados has no outline, zero and missing countries stay grey.</summary>
    public static Dictionary<string, int> Countries { get; } = new()
    {
        ["Peru"] = 1_240, ["Colombia"] = 85, ["Mexico"] = 160, ["Brazil"] = 42, ["Ecuador"] = 12, ["Bolivia"] = 7,
        ["Venezuela"] = 23, ["Chile"] = 0, ["Honduras"] = 3, ["Barbados"] = 2, ["Jamaica"] = 1, ["Peru/Lima"] = 500,
    };

    public static Dictionary<string, int> Departments { get; } = new()
    {
        ["Peru"] = 1_240, ["Peru/Madre de Dios"] = 12, ["Peru/Loreto"] = 9, ["Peru/Lima"] = 31, ["Peru/Callao"] = 4,
        ["Peru/Puno"] = 6, ["Peru/San Martín"] = 1, ["Peru/Tacna"] = 2, ["Peru/Piura"] = 3, ["Peru/Cusco"] = 5,
        ["Peru/Ucayali"] = 0, ["Peru/Lima/Lima"] = 25, ["Brazil/Acre"] = 70,
    };

    public static string Link(string region) => "/?q=mining&region=" + Uri.EscapeDataString(region);

    /// <summary>Counts for every region of the level and Barbados, with one value 100–1,000 times the others.</summary>
    public static Dictionary<string, int> RandomCounts(Random random, MapLevel level)
    {
        var counts = level.Regions.Concat([new MapRegion("Barbados", "")]).ToDictionary(r => r.Path, _ => random.Next(4) == 0 ? 0 : random.Next(1, 80));
        counts[level.Regions[random.Next(level.Regions.Count)].Path] = random.Next(8_000, 80_000);
        return counts;
    }
}
