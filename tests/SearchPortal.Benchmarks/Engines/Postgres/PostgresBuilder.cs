using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using SearchPortal.Benchmarks.Corpus;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines.Postgres;

/// <summary>
/// Loads PostgreSQL in a child process: articles from <see cref="EnrichedBatches"/> streamed through binary
/// COPY on one connection per core (the server computes the tsvectors), then the GIN and B-tree indexes and
/// VACUUM ANALYZE. The parent samples the server's memory meanwhile.
/// </summary>
internal static class PostgresBuilder
{
    public static BuildOutcome Build(string input, string connectionString)
    {
        var clock = Stopwatch.StartNew();
        Execute(connectionString, "DROP TABLE IF EXISTS docs; DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_en; DROP TEXT SEARCH CONFIGURATION IF EXISTS bench_es;");
        Execute(connectionString, PostgresSql.Schema);
        var progress = new ConsoleProgress("postgres build");
        var queue = new BlockingCollection<Article[]>(boundedCapacity: 8);
        // Connections open up front, and writers get their own threads: a writer never waits for the thread pool.
        var connections = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Open(connectionString)).ToArray();
        var writers = connections.Select(c => Task.Factory.StartNew(() => Write(c, queue), TaskCreationOptions.LongRunning)).ToArray();
        int indexed = 0, problems;
        using (var batches = new EnrichedBatches(input))
        {
            try
            {
                foreach (var batch in batches.Read())
                {
                    queue.Add(batch);
                    indexed += batch.Length;
                    progress.Report(indexed);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
            Task.WaitAll(writers);
            problems = batches.Problems;
        }
        foreach (var connection in connections) connection.Dispose();
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Execute(connectionString, PostgresSql.AfterLoad);
        var indexSeconds = clock.Elapsed.TotalSeconds - loadSeconds;
        Execute(connectionString, "VACUUM ANALYZE docs;");
        using var sizing = Open(connectionString);
        using var size = new NpgsqlCommand("SELECT pg_total_relation_size('docs')", sizing);
        var bytes = (long)size.ExecuteScalar()!;
        return new BuildOutcome
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Indexed = indexed,
            Problems = problems,
            PeakRssMb = ProcMemory.PeakRssMb(),
            IndexMb = bytes / 1e6,
            Extras = new Dictionary<string, double> { ["load_s"] = loadSeconds, ["index_s"] = indexSeconds },
        };
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (NpgsqlException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"postgres: connection attempt {attempt} failed: {e.Message}");
                connection.Dispose();
                Thread.Sleep(1000);
            }
        }
    }

    private static void Write(NpgsqlConnection connection, BlockingCollection<Article[]> queue)
    {
        using var importer = connection.BeginBinaryImport(PostgresSql.Copy);
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            foreach (var article in batch)
            {
                importer.StartRow();
                importer.Write(article.Id, NpgsqlDbType.Text);
                importer.Write(article.Title, NpgsqlDbType.Text);
                importer.Write(article.Text, NpgsqlDbType.Text);
                WriteNullable(importer, article.Outlet);
                WriteNullable(importer, article.Author);
                if (article.Published is { } date) importer.Write(date, NpgsqlDbType.Date);
                else importer.WriteNull();
                if (article.Year is { } year) importer.Write(year, NpgsqlDbType.Integer);
                else importer.WriteNull();
                importer.Write(article.Language ?? "en", NpgsqlDbType.Text);
                importer.Write(article.Regions.SelectMany(RegionPath.Levels).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                importer.Write(article.CrimeTypes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                importer.Write(article.Groups.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            }
        }
        importer.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, NpgsqlDbType.Text);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
