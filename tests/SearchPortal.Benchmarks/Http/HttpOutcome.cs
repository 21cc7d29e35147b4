namespace SearchPortal.Benchmarks.Http;

/// <summary>The HTTP stage's result: the runs per connection level, or why the stage was skipped.</summary>
internal sealed record HttpOutcome(string Status, string? Reason, IReadOnlyList<WrkResult> Runs)
{
    public static HttpOutcome Skipped(string reason) => new("skipped", reason, []);
}
