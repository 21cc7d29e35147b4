using Npgsql;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.Postgres;

/// <summary>
/// Searches PostgreSQL over one connection; Npgsql prepares each statement automatically after a few uses.
/// One round trip per search: top 10 with ts_headline, the total and all six facets.
/// </summary>
internal sealed class PostgresEngine : ISearchEngine
{
    private const int FacetDimensions = 6;
    private readonly NpgsqlConnection _connection;

    public PostgresEngine(string connectionString)
    {
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
    }

    public string Name => "postgres";

    public EngineResult Search(BenchQuery query)
    {
        using var command = new NpgsqlCommand(PostgresSql.Search(query), _connection);
        foreach (var (name, value) in PostgresSql.Parameters(query)) command.Parameters.AddWithValue(name, value);
        var hits = new List<(double Rank, string Id, bool Snippet)>(10);
        var total = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                switch (reader.GetString(0))
                {
                    case "hit":
                        hits.Add((reader.GetDouble(3), reader.GetString(1), !reader.IsDBNull(4) && reader.GetString(4).Length > 0));
                        break;
                    case "total":
                        total = (int)reader.GetInt64(2);
                        break;
                }
            }
        }
        var ordered = hits.OrderByDescending(h => h.Rank).ToArray();
        return new EngineResult(total, ordered.Select(h => h.Id).ToArray(), ordered.Count(h => h.Snippet), FacetDimensions);
    }

    public void Dispose() => _connection.Dispose();
}
