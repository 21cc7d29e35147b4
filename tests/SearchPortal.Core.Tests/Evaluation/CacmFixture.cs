using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

/// <summary>The shared CACM collection and reference run, loaded once per test class (about a second).</summary>
public sealed class CacmFixture
{
    public static string DataDir => Path.Combine(TestPaths.Shared, "data", "cacm");

    public EvalCollection Collection { get; } = CacmCollection.Load(DataDir);

    public TrecRun ReferenceRun { get; } = TrecRun.Load(Path.Combine(DataDir, "reference-run.anserini-bm25.cacm.txt"));
}
