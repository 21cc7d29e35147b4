using System.Diagnostics;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>Prints build progress at most every 10 seconds, synchronously on the reporting thread.</summary>
internal sealed class ConsoleProgress(string label) : IProgress<BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _next = TimeSpan.FromSeconds(10);

    public void Report(BuildProgress value) => Report(value.Indexed);

    public void Report(int indexed)
    {
        if (_clock.Elapsed < _next) return;
        _next = _clock.Elapsed + TimeSpan.FromSeconds(10);
        Console.WriteLine($"{label}: {indexed:N0} articles after {_clock.Elapsed.TotalSeconds:N0} s ({indexed / _clock.Elapsed.TotalSeconds:N0}/s)");
    }
}
