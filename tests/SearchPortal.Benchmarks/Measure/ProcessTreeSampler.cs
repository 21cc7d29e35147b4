using System.Globalization;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Samples, every 200 ms on a background task, the summed PSS of a server process and its direct children
/// (PostgreSQL's postmaster and backends), and keeps the peak. Dispose to stop.
/// </summary>
internal sealed class ProcessTreeSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _task;
    private double _peakMb;

    public ProcessTreeSampler(int rootPid)
    {
        _task = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var total = TreeOf(rootPid).Sum(ProcMemory.PssMb);
                if (total > _peakMb) _peakMb = total;
                try
                {
                    await Task.Delay(200, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
    }

    public double PeakMb => _peakMb;

    public void Dispose()
    {
        _stop.Cancel();
        _task.Wait();
        _stop.Dispose();
    }

    private static IEnumerable<int> TreeOf(int root)
    {
        yield return root;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            // Fields after the parenthesised command name: state, ppid, ...
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && fields[1] == root.ToString(CultureInfo.InvariantCulture)) yield return pid;
        }
    }
}
