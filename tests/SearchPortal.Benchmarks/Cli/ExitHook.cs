namespace SearchPortal.Benchmarks.Cli;

/// <summary>
/// Runs a cleanup once, on dispose or when the process is interrupted (Ctrl+C) or terminated, so a
/// throwaway database cluster never outlives the run.
/// </summary>
internal sealed class ExitHook : IDisposable
{
    private readonly Action _cleanup;
    private int _done;

    private ExitHook(Action cleanup)
    {
        _cleanup = cleanup;
        Console.CancelKeyPress += OnCancel;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    public static ExitHook Register(Action cleanup) => new(cleanup);

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        RunOnce();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e) => RunOnce();

    private void OnExit(object? sender, EventArgs e) => RunOnce();

    private void RunOnce()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0) _cleanup();
    }
}
