using Microsoft.Data.Sqlite;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.Sqlite;

/// <summary>
/// Searches the FTS5 database over one read-only connection with a 256 MB page cache and memory-mapped I/O;
/// statements are prepared once per SQL text and reused. Two statements per search: top 10 with snippets,
/// then total and facet counts.
/// </summary>
internal sealed class SqliteEngine : ISearchEngine
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteEngine(string databasePath)
    {
        _connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        using var pragma = new SqliteCommand("PRAGMA cache_size = -262144; PRAGMA mmap_size = 4294967296; PRAGMA temp_store = MEMORY;", _connection);
        pragma.ExecuteNonQuery();
    }

    public string Name => "sqlite";

    public EngineResult Search(BenchQuery query)
    {
        var ids = new List<string>(10);
        var snippets = 0;
        using (var reader = Prepare(SqliteSql.TopTen(query), query).ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
                if (!reader.IsDBNull(1) && reader.GetString(1).Length > 0) snippets++;
            }
        }
        var total = 0;
        using (var reader = Prepare(SqliteSql.Facets(query), query).ExecuteReader())
        {
            // Every facet row is fetched, as a client showing the facets would.
            while (reader.Read())
            {
                if (reader.GetString(0) == "total") total = reader.GetInt32(2);
            }
        }
        return new EngineResult(total, ids, snippets, SqliteSql.FacetDimensions);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, BenchQuery query)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = new SqliteCommand(sql, _connection);
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        if (SqliteSql.Match(query) is { } match) command.Parameters.AddWithValue("$q", match);
        foreach (var (name, value) in SqliteSql.FilterValues(query)) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
