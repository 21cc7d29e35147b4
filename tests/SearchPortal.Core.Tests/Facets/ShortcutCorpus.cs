using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// A deterministic corpus for the counting shortcuts: 400 documents in four segments, with rare values
/// (region "Bolivia/Beni", outlet "Rare Outlet"), common ones, missing values and deleted documents.
/// </summary>
internal static class ShortcutCorpus
{
    public const string RareRegion = "Bolivia/Beni";
    public const string RareOutlet = "Rare Outlet";
    private static readonly string[] Outlets = ["InSight Crime", "La República", "Mongabay", "IDL"];
    private static readonly string[] Crimes = ["Human trafficking", "Smuggling", "Illegal mining"];

    public static IReadOnlyList<FacetDoc> Docs() => Enumerable.Range(0, 400).Select(Doc).ToList();

    /// <summary>The corpus indexed 100 documents per segment, then every 7th document deleted.</summary>
    public static RAMDirectory BuildWithDeletions()
    {
        var directory = FacetTestIndex.Build(Docs(), commitEvery: 100);
        using var writer = FacetTestIndex.OpenWriter(directory);
        for (var i = 3; i < 400; i += 7) writer.DeleteDocuments(new Term(FacetTestIndex.IdField, Id(i)));
        writer.Commit();
        return directory;
    }

    public static string Id(int i) => "s" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static FacetDoc Doc(int i) => new(
        Id(i),
        i % 97 == 5 ? [RareRegion] : i % 10 == 0 ? [] : i % 3 == 0 ? ["Peru/Piura/Sullana", "Peru/Tacna"] : ["Colombia/Cauca"],
        i % 17 == 0 ? null : 2000 + i % 20,
        Crimes.Where((_, c) => (i + c) % (c + 2) == 0).ToList(),
        i % 89 == 7 ? RareOutlet : i % 13 == 0 ? null : Outlets[i % Outlets.Length],
        i % 19 == 0 ? null : i % 2 == 0 ? "en" : "es",
        i % 3 == 0 ? "alpha gamma" : "beta");
}
