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
        var writers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() => Write(connectionString, queue))).ToArray();
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
        var loadSeconds = clock.Elapsed.TotalSeconds;
        Execute(connectionString, PostgresSql.AfterLoad);
        var indexSeconds = clock.Elapsed.TotalSeconds - loadSeconds;
        Execute(connectionString, "VACUUM ANALYZE docs;");
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var size = new NpgsqlCommand("SELECT pg_total_relation_size('docs')", connection);
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

    private static void Write(string connectionString, BlockingCollection<Article[]> queue)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
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
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
