namespace SearchPortal.Benchmarks.Report;

/// <summary>One target of the issue, what was measured against it, and "pass", "miss" or "n/a" (not measurable in this run).</summary>
internal sealed record TargetCheck(string Target, string Measured, string Status);
