namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// The portal indexed from TestData/researcher-corpus instead of the seeds: outlets spelled several ways, more than
/// eight outlets, one article on bridge traffic against many on trafficking, near-identical stories, an undated
/// article, a newer coal-mine story beside older ones on illegal mining (see its SOURCES.md).
/// </summary>
public static class ResearcherCorpus
{
    public static string Path { get; } = System.IO.Path.Combine(PortalFactory.RepoRoot, "tests", "SearchPortal.Web.Tests", "TestData", "researcher-corpus");

    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["SearchPortal:SeedsPath"] = Path };
}
