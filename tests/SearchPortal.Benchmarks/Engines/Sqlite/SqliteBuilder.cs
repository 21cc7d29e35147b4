using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SearchPortal.Benchmarks.Corpus;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Engines.Sqlite;

/// <summary>
/// Builds the SQLite FTS5 database in a child process: articles from <see cref="EnrichedBatches"/> inserted
/// in large transactions with journaling off (a bulk load), then FTS5 'optimize', secondary indexes and ANALYZE.
/// </summary>
internal static class SqliteBuilder
{
    private const int CommitEvery = 50_000;

    public static BuildOutcome Build(string input, string databasePath)
    {
        var clock = Stopwatch.StartNew();
        foreach (var file in new[] { databasePath, databasePath + "-journal", databasePath + "-wal" }) File.Delete(file);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA locking_mode = EXCLUSIVE;");
        Execute(connection, SqliteSql.Schema);

        var progress = new ConsoleProgress("sqlite build");
        int indexed, problems;
        using (var batches = new EnrichedBatches(input))
        {
            indexed = Load(connection, batches, progress);
            problems = batches.Problems;
        }
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Execute(connection, "INSERT INTO docs_fts(docs_fts) VALUES('optimize');");
        var optimizeSeconds = clock.Elapsed.TotalSeconds - loadSeconds;
        Execute(connection, SqliteSql.AfterLoad);
        connection.Close();
        return new BuildOutcome
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Indexed = indexed,
            Problems = problems,
            PeakRssMb = ProcMemory.PeakRssMb(),
            IndexMb = DiskUsage.Mb(databasePath),
            Extras = new Dictionary<string, double> { ["load_s"] = loadSeconds, ["optimize_s"] = optimizeSeconds },
        };
    }

    private static int Load(SqliteConnection connection, EnrichedBatches batches, ConsoleProgress progress)
    {
        var transaction = connection.BeginTransaction();
        using var doc = Command(connection, "INSERT INTO docs VALUES ($r, $id, $title, $text, $outlet, $author, $published, $year, $language)");
        using var fts = Command(connection, "INSERT INTO docs_fts(rowid, title, text) VALUES ($r, $title, $text)");
        using var region = Command(connection, "INSERT INTO doc_region(path, doc) VALUES ($v, $r)");
        using var crime = Command(connection, "INSERT OR IGNORE INTO doc_crime(crime, doc) VALUES ($v, $r)");
        using var group = Command(connection, "INSERT OR IGNORE INTO doc_group(grp, doc) VALUES ($v, $r)");
        var rowid = 0;
        foreach (var article in batches.Read().SelectMany(b => b))
        {
            rowid++;
            Run(doc, transaction, ("$r", rowid), ("$id", article.Id), ("$title", article.Title), ("$text", article.Text), ("$outlet", article.Outlet),
                ("$author", article.Author), ("$published", article.Published?.ToString("yyyy-MM-dd")), ("$year", article.Year), ("$language", article.Language ?? "en"));
            Run(fts, transaction, ("$r", rowid), ("$title", article.Title), ("$text", article.Text));
            foreach (var path in article.Regions.SelectMany(RegionPath.Levels).Distinct()) Run(region, transaction, ("$v", path), ("$r", rowid));
            foreach (var label in article.CrimeTypes) Run(crime, transaction, ("$v", label), ("$r", rowid));
            foreach (var label in article.Groups) Run(group, transaction, ("$v", label), ("$r", rowid));
            if (rowid % CommitEvery == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
            }
            progress.Report(rowid);
        }
        transaction.Commit();
        transaction.Dispose();
        return rowid;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql) => new(sql, connection);

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params (string Name, object? Value)[] values)
    {
        command.Transaction = transaction;
        foreach (var (name, value) in values)
        {
            if (!command.Parameters.Contains(name)) command.Parameters.Add(new SqliteParameter(name, null));
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
