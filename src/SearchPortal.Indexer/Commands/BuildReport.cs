using SearchPortal.Core.Indexing;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// Prints a build summary: counts, rate, peak memory and every reported input (skipped, or kept with what was
/// changed) with its reason; file names and reasons go through <see cref="TerminalText"/>.
/// </summary>
internal static class BuildReport
{
    private const int MaxListed = 50;

    public static void Print(BuildSummary summary, string indexPath)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var peakMb = process.PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"Indexed {summary.Indexed:N0} articles into {indexPath} ({summary.DocumentCount:N0} documents in the index).");
        Console.WriteLine($"Elapsed {summary.Elapsed.TotalSeconds:F1} s, {summary.ArticlesPerSecond:N0} articles/s, peak memory {peakMb:N0} MB.");
        Console.WriteLine($"Reported {summary.Problems.Count:N0} input(s): skipped, or kept with the change named.");
        foreach (var problem in summary.Problems.Take(MaxListed)) Console.WriteLine($"  {TerminalText.Safe(problem.ToString())}");
        if (summary.Problems.Count > MaxListed) Console.WriteLine($"  … and {summary.Problems.Count - MaxListed:N0} more.");
    }
}
