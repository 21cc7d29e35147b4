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
