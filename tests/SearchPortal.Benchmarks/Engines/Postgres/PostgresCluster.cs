using System.Globalization;
using SearchPortal.Benchmarks.Cli;

namespace SearchPortal.Benchmarks.Engines.Postgres;

/// <summary>
/// A throwaway PostgreSQL 15 cluster in a temp folder, listening on 127.0.0.1 only, started by
/// scripts/pg-start.sh (which installs postgresql when missing) and stopped and deleted on dispose.
/// </summary>
internal sealed class PostgresCluster : IDisposable
{
    private readonly Action<string> _log;

    private PostgresCluster(string dataDir, int port, Action<string> log)
    {
        DataDir = dataDir;
        Port = port;
        _log = log;
    }

    public string DataDir { get; }

    public int Port { get; }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=bench;Database=postgres;Pooling=false;Timeout=60;Command Timeout=0;Max Auto Prepare=64";

    /// <summary>The postmaster's process id, parent of every backend.</summary>
    public int PostmasterPid => int.Parse(File.ReadLines(Path.Combine(DataDir, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public static PostgresCluster Start(Action<string> log)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "searchportal-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var port = LoopbackPort.Free();
        var cluster = new PostgresCluster(dataDir, port, log);
        if (Scripts.Run("pg-start.sh", log, dataDir, port.ToString(CultureInfo.InvariantCulture)) != 0)
        {
            cluster.Dispose();
            throw new InvalidOperationException("pg-start.sh failed; see the messages above.");
        }
        return cluster;
    }

    public void Dispose()
    {
        Scripts.Run("pg-stop.sh", _log, DataDir);
    }
}
