using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.Postgres;

/// <summary>
/// The PostgreSQL side: text search configurations bench_en and bench_es (english/spanish chained after
/// unaccent), a stored tsvector (title weight A, body B, configuration by article language) with a GIN index,
/// and the SQL of a search. A word is looked up in both configurations (the portal also searches both language
/// fields); AND is &amp;&amp;, OR is ||, phrases use phraseto_tsquery, prefixes to_tsquery('w:*'). One statement returns
/// the top 10 by ts_rank with ts_headline snippets, the total, and all six facets by GROUP BY over the
/// materialised matched set.
/// </summary>
internal static class PostgresSql
{
    public const string Schema = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION bench_en (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION bench_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        CREATE TEXT SEARCH CONFIGURATION bench_es (COPY = spanish);
        ALTER TEXT SEARCH CONFIGURATION bench_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
        CREATE TABLE docs (
            id integer GENERATED ALWAYS AS IDENTITY,
            ext_id text NOT NULL, title text, body text, outlet text, author text, published date, year integer,
            language text NOT NULL, regions text[] NOT NULL, crimes text[] NOT NULL, groups text[] NOT NULL,
            tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(CASE WHEN language = 'es' THEN 'bench_es'::regconfig ELSE 'bench_en'::regconfig END, coalesce(title, '')), 'A') ||
                setweight(to_tsvector(CASE WHEN language = 'es' THEN 'bench_es'::regconfig ELSE 'bench_en'::regconfig END, coalesce(body, '')), 'B')) STORED);
        """;

    public const string Copy = "COPY docs (ext_id, title, body, outlet, author, published, year, language, regions, crimes, groups) FROM STDIN (FORMAT BINARY)";

    public const string AfterLoad = """
        ALTER TABLE docs ADD PRIMARY KEY (id);
        CREATE INDEX docs_tsv ON docs USING gin (tsv);
        CREATE INDEX docs_regions ON docs USING gin (regions);
        CREATE INDEX docs_crimes ON docs USING gin (crimes);
        CREATE INDEX docs_groups ON docs USING gin (groups);
        CREATE INDEX docs_year ON docs (year);
        CREATE INDEX docs_language ON docs (language);
        CREATE INDEX docs_outlet ON docs (outlet);
        CREATE INDEX docs_published ON docs (published DESC NULLS LAST);
        """;

    private const string Config = "CASE WHEN d.language = 'es' THEN 'bench_es'::regconfig ELSE 'bench_en'::regconfig END";

    private const string Facets = """
        UNION ALL SELECT 'total', NULL, count(*), NULL, NULL FROM m
        UNION ALL SELECT 'year', year::text, count(*), NULL, NULL FROM m GROUP BY year
        UNION ALL SELECT 'language', language, count(*), NULL, NULL FROM m GROUP BY language
        UNION ALL SELECT 'outlet', outlet, count(*), NULL, NULL FROM m GROUP BY outlet
        UNION ALL SELECT 'region', r, count(*), NULL, NULL FROM m, unnest(m.regions) AS r GROUP BY r
        UNION ALL SELECT 'crime', c, count(*), NULL, NULL FROM m, unnest(m.crimes) AS c GROUP BY c
        UNION ALL SELECT 'group', g, count(*), NULL, NULL FROM m, unnest(m.groups) AS g GROUP BY g
        """;

    public static string Search(BenchQuery query) => query.Kind == QueryKind.Browse
        ? $"""
            WITH m AS MATERIALIZED (SELECT d.id, d.year, d.language, d.outlet, d.regions, d.crimes, d.groups FROM docs d WHERE true{Filters(query)}),
            top AS (SELECT d.id, d.published FROM docs d WHERE true{Filters(query)} ORDER BY d.published DESC NULLS LAST LIMIT 10)
            SELECT 'hit' AS kind, d.ext_id AS value, 0::bigint AS n, coalesce(extract(epoch FROM top.published), 0)::float8 AS rank, left(d.body, 240) AS snippet
            FROM top JOIN docs d ON d.id = top.id
            {Facets}
            """
        : $"""
            WITH q AS (SELECT {TsQuery(query)} AS q),
            m AS MATERIALIZED (SELECT d.id, d.year, d.language, d.outlet, d.regions, d.crimes, d.groups, ts_rank(d.tsv, q.q) AS rank FROM docs d, q WHERE d.tsv @@ q.q{Filters(query)}),
            top AS (SELECT id, rank FROM m ORDER BY rank DESC, id LIMIT 10)
            SELECT 'hit' AS kind, d.ext_id AS value, 0::bigint AS n, top.rank::float8 AS rank,
                ts_headline({Config}, d.body, q.q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2') AS snippet
            FROM top JOIN docs d ON d.id = top.id, q
            {Facets}
            """;

    /// <summary>Parameter values: the words (@w0…; a phrase is one parameter) and the filters (@f0…).</summary>
    public static IEnumerable<(string Name, object Value)> Parameters(BenchQuery query)
    {
        var words = query.Kind == QueryKind.Phrase ? [string.Join(' ', query.Words)] : query.Words;
        foreach (var (word, i) in words.Select((w, i) => (w, i))) yield return ($"w{i}", word);
        foreach (var (filter, i) in query.Filters.Select((f, i) => (f, i))) yield return ($"f{i}", filter.SqlValue);
    }

    private static string TsQuery(BenchQuery query) => query.Kind switch
    {
        QueryKind.Phrase => "(phraseto_tsquery('bench_en', @w0) || phraseto_tsquery('bench_es', @w0))",
        QueryKind.Prefix => "(to_tsquery('bench_en', @w0 || ':*') || to_tsquery('bench_es', @w0 || ':*'))",
        QueryKind.Or => string.Join(" || ", query.Words.Select((_, i) => Word(i))),
        _ => string.Join(" && ", query.Words.Select((_, i) => Word(i))),
    };

    private static string Word(int i) => $"(plainto_tsquery('bench_en', @w{i}) || plainto_tsquery('bench_es', @w{i}))";

    private static string Filters(BenchQuery query) => string.Concat(query.Filters.Select((f, i) => f.Dimension switch
    {
        "region" => $" AND d.regions @> ARRAY[@f{i}]::text[]",
        "crime" => $" AND d.crimes @> ARRAY[@f{i}]::text[]",
        "group" => $" AND d.groups @> ARRAY[@f{i}]::text[]",
        "year" => $" AND d.year = @f{i}",
        "language" => $" AND d.language = @f{i}",
        "outlet" => $" AND d.outlet = @f{i}",
        _ => throw new ArgumentException($"Unknown facet dimension '{f.Dimension}'."),
    }));
}
