using System.Text;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Export;

/// <summary>Runs an export into memory for the format tests (small outputs only; the memory test uses a counting stream).</summary>
internal static class ExportOutput
{
    public static readonly IndexVersion Version = new(7, 5, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), ArticleSchema.Version);

    public static ExportHeader Header(ExportFormat format, int total = 0) =>
        new(format, "trata de personas", FacetSelection.Empty.With(FacetSchema.Region, "Peru/Loreto").WithYears(new YearRange(2010, 2020)), SortOrder.Relevance, total, Version,
            new DateTimeOffset(2024, 6, 2, 8, 30, 0, TimeSpan.Zero))
        {
            Permalink = "https://portal.example/?q=trata+de+personas&v=7",
            ArticleBaseUrl = "https://portal.example/articles/",
        };

    public static async Task<byte[]> BytesAsync(ExportHeader header, IEnumerable<SearchHit> hits)
    {
        using var stream = new MemoryStream();
        await ResultExporter.WriteAsync(header, hits, stream);
        return stream.ToArray();
    }

    public static async Task<string> TextAsync(ExportHeader header, IEnumerable<SearchHit> hits) =>
        new UTF8Encoding(false).GetString(await BytesAsync(header, hits)).TrimStart('\uFEFF');

    public static SearchHit Hit(string title = "Peru Rescues Victims", string? author = "Marguerite Cawley", string? outlet = "InSight Crime",
        DateOnly? published = null, string? url = "https://insightcrime.org/news/peru-rescues", IReadOnlyList<MarkedText>? snippets = null,
        string key = "09618ac110ba3218") =>
        new(Id: "https://insightcrime.org/news/peru-rescues", Key: key, Source: "000.txt", Title: title, Url: url, Outlet: outlet,
            Author: author, Published: published, Year: published?.Year, Language: "en", Regions: ["Peru/Loreto", "Peru/Madre de Dios"],
            RegionMentions: ["Brazil/Amazonas", "Peru/Loreto", "Peru/Madre de Dios"], CrimeTypes: ["Human trafficking"],
            CrimeTypeMentions: ["Human trafficking", "Illegal mining"], Groups: ["Shining Path"], GroupMentions: ["Shining Path", "Tren de Aragua"], Score: 1.5f, Snippets: snippets ?? [new MarkedText("Police rescued 2,000 victims & more.", [new MarkRange(7, 14)])],
            TitleHighlighted: new MarkedText(title, []));
}
