using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.Sqlite;

/// <summary>
/// The SQLite FTS5 side of the benchmark: schema, the translation of the query mix to FTS5 syntax
/// (quoted terms; AND, OR, "phrase", "prefix"*), and the SQL of a search: top 10 by bm25 (title weighted 2,
/// like the portal) with snippet(), and one statement counting all six facets by GROUP BY over the
/// materialised matched set. Regions (every level of the path), crimes and groups sit in side tables.
/// </summary>
internal static class SqliteSql
{
    public const string Schema = """
        CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT, text TEXT, outlet TEXT, author TEXT, published TEXT, year INTEGER, language TEXT);
        CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
        CREATE TABLE doc_region (path TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (path, doc)) WITHOUT ROWID;
        CREATE TABLE doc_crime (crime TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (crime, doc)) WITHOUT ROWID;
        CREATE TABLE doc_group (grp TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (grp, doc)) WITHOUT ROWID;
        """;

    public const string AfterLoad = """
        INSERT INTO docs_fts(docs_fts, rank) VALUES('rank', 'bm25(2.0, 1.0)');
        CREATE INDEX docs_year ON docs(year);
        CREATE INDEX docs_language ON docs(language);
        CREATE INDEX docs_outlet ON docs(outlet);
        CREATE INDEX docs_published ON docs(published);
        CREATE INDEX doc_region_doc ON doc_region(doc, path);
        CREATE INDEX doc_crime_doc ON doc_crime(doc, crime);
        CREATE INDEX doc_group_doc ON doc_group(doc, grp);
        ANALYZE;
        """;

    /// <summary>The facet statement always runs all six GROUP BYs, whether or not a dimension has values in the matched set.</summary>
    public const int FacetDimensions = 6;

    private const string Matched = "docs_fts JOIN docs d ON d.rowid = docs_fts.rowid WHERE docs_fts MATCH $q";

    /// <summary>The FTS5 MATCH expression of a query (null when browsing).</summary>
    public static string? Match(BenchQuery query) => query.Kind switch
    {
        QueryKind.Browse => null,
        QueryKind.Phrase => Quote(string.Join(' ', query.Words)),
        QueryKind.Or => string.Join(" OR ", query.Words.Select(Quote)),
        QueryKind.Prefix => Quote(query.Words[0]) + "*",
        _ => string.Join(" AND ", query.Words.Select(Quote)),
    };

    public static string TopTen(BenchQuery query) => query.Kind == QueryKind.Browse
        ? $"SELECT d.id, substr(d.text, 1, 240) FROM docs d WHERE 1 = 1{Filters(query)} ORDER BY d.published DESC LIMIT 10"
        : $"SELECT d.id, snippet(docs_fts, 1, '<mark>', '</mark>', '…', 24) FROM {Matched}{Filters(query)} ORDER BY docs_fts.rank LIMIT 10";

    public static string Facets(BenchQuery query)
    {
        var source = query.Kind == QueryKind.Browse ? "docs d WHERE 1 = 1" : Matched;
        return $"""
            WITH m AS MATERIALIZED (SELECT d.rowid AS r, d.year AS year, d.language AS language, d.outlet AS outlet FROM {source}{Filters(query)})
            SELECT 'total', NULL, count(*) FROM m
            UNION ALL SELECT 'year', year, count(*) FROM m GROUP BY year
            UNION ALL SELECT 'language', language, count(*) FROM m GROUP BY language
            UNION ALL SELECT 'outlet', outlet, count(*) FROM m GROUP BY outlet
            UNION ALL SELECT 'region', g.path, count(*) FROM m JOIN doc_region g ON g.doc = m.r GROUP BY g.path
            UNION ALL SELECT 'crime', c.crime, count(*) FROM m JOIN doc_crime c ON c.doc = m.r GROUP BY c.crime
            UNION ALL SELECT 'group', o.grp, count(*) FROM m JOIN doc_group o ON o.doc = m.r GROUP BY o.grp
            """;
    }

    /// <summary>Filter values by parameter name ($f0, $f1, …), in the order <see cref="Filters"/> uses them.</summary>
    public static IEnumerable<(string Name, object Value)> FilterValues(BenchQuery query) =>
        query.Filters.Select((f, i) => ($"$f{i}", f.SqlValue));

    private static string Filters(BenchQuery query) => string.Concat(query.Filters.Select((f, i) => f.Dimension switch
    {
        "region" => $" AND d.rowid IN (SELECT doc FROM doc_region WHERE path = $f{i})",
        "crime" => $" AND d.rowid IN (SELECT doc FROM doc_crime WHERE crime = $f{i})",
        "group" => $" AND d.rowid IN (SELECT doc FROM doc_group WHERE grp = $f{i})",
        "year" => $" AND d.year = $f{i}",
        "language" => $" AND d.language = $f{i}",
        "outlet" => $" AND d.outlet = $f{i}",
        _ => throw new ArgumentException($"Unknown facet dimension '{f.Dimension}'."),
    }));

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
