using System.Text.Json;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>The partners the web tests configure, on top of the example partner in appsettings.json.</summary>
public static class TestPartners
{
    public const string PiuraKey = "piura-ngo";
    public const string PiuraName = "Piura NGO";
    public const string PiuraOrigin = "https://piura.example";
    public const string PiuraRegion = "Peru/Piura";

    public const string TambopataKey = "tambopata-ngo";
    public const string TambopataOrigin = "https://tambopata.example";
    public const string TambopataSecondOrigin = "http://localhost:8080";

    /// <summary>The only seed article tagged with a Piura region ("Peru to Send Investigators…", 2014).</summary>
    public const string PiuraArticleKey = "b13400f211e2dfaf";

    /// <summary>
    /// Asserts that an /api/search response scoped to Piura holds the Piura article and nothing else: every
    /// search of the seeds for "mining" in that scope finds exactly that article.
    /// </summary>
    public static void AssertOnlyPiura(JsonElement searchResponse)
    {
        Assert.Equal(1, searchResponse.GetProperty("total").GetInt32());
        var hit = Assert.Single(searchResponse.GetProperty("hits").EnumerateArray());
        Assert.Equal(PiuraArticleKey, hit.GetProperty("key").GetString());
        Assert.Contains(hit.GetProperty("regions").EnumerateArray(),
            r => r.GetString()!.StartsWith(PiuraRegion, StringComparison.Ordinal));
    }

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"SearchPortal:Partners:{PiuraKey}:Name"] = PiuraName,
        [$"SearchPortal:Partners:{PiuraKey}:Origins:0"] = PiuraOrigin,
        [$"SearchPortal:Partners:{PiuraKey}:Filters:0"] = $"region={PiuraRegion}",
        [$"SearchPortal:Partners:{TambopataKey}:Origins:0"] = TambopataOrigin,
        [$"SearchPortal:Partners:{TambopataKey}:Origins:1"] = TambopataSecondOrigin,
        [$"SearchPortal:Partners:{TambopataKey}:Filters:0"] = "region=Peru/Madre de Dios/Tambopata",
    };
}
