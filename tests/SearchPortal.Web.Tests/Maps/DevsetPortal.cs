using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>
/// The real app on a real index of the 82 labelled enrichment articles (the Core tests' dev sets, written for the
/// project in English and Spanish about many Latin American countries), for tests that need more regions than the seeds.
/// </summary>
public sealed class DevsetPortal : PortalFactory
{
    private static readonly string[] Files = ["enrichment-devset.jsonl", "enrichment-devset-fresh.jsonl"];

    private readonly string _inputs = Path.Combine(Path.GetTempPath(), "sp-devset-" + Guid.NewGuid().ToString("N")[..12]);

    public DevsetPortal()
    {
        Directory.CreateDirectory(_inputs);
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(RepoRoot, "tests", "SearchPortal.Core.Tests", "TestData", file), Path.Combine(_inputs, file));
        }
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["SearchPortal:SeedsPath"] = _inputs };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_inputs)) Directory.Delete(_inputs, recursive: true);
    }
}
