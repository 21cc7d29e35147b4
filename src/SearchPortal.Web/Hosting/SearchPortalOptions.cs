namespace SearchPortal.Web.Hosting;

/// <summary>The "SearchPortal" configuration section. Relative paths resolve against the content root.</summary>
public sealed class SearchPortalOptions
{
    public const string Section = "SearchPortal";

    /// <summary>The Lucene index folder (environment: SearchPortal__IndexPath).</summary>
    public string IndexPath { get; set; } = "../../index";

    /// <summary>Articles indexed at start-up when the index folder is missing or empty (SearchPortal__SeedsPath).</summary>
    public string SeedsPath { get; set; } = "../../seeds";
}
