using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// Parses what a researcher types: words ANDed by default, "phrases", OR, -exclusion, prefix*,
/// and title:/author:/outlet: fields. Malformed input never throws: it falls back to a plain
/// query of the words, with a notice. Thread-safe (a fresh Lucene parser per call; the analyzer
/// is shared, which Lucene supports).
/// </summary>
public sealed class UserQueryParser
{
    private readonly Analyzer _analyzer = ArticleSchema.CreateAnalyzer();

    public ParsedQuery Parse(string? text)
    {
        var notices = new List<string>();
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*")
        {
            return new ParsedQuery(new MatchAllDocsQuery(), notices, IsEmpty: true);
        }

        try
        {
            var query = new FieldRoutingQueryParser(_analyzer, notices).Parse(text);
            return new ParsedQuery(query ?? new BooleanQuery(), notices, IsEmpty: false);
        }
        // ArgumentException: Lucene's automaton and term builders reject some inputs after parsing succeeded.
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            var words = PlainWords(text);
            notices.Add(words.Length == 0
                ? $"The query could not be parsed ({Reason(e)}) and has no searchable words."
                : $"The query could not be parsed ({Reason(e)}); searched for the words: {words}");
            return new ParsedQuery(PlainQuery(words, notices), notices, IsEmpty: false);
        }
    }

    private Query PlainQuery(string words, List<string> notices)
    {
        if (words.Length == 0) return new BooleanQuery();
        var escaped = string.Join(' ', words.Split(' ').Select(QueryParserBase.Escape));
        return new FieldRoutingQueryParser(_analyzer, notices).Parse(escaped) ?? new BooleanQuery();
    }

    private static string PlainWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("AND", StringComparison.Ordinal) && !w.Equals("OR", StringComparison.Ordinal) && !w.Equals("NOT", StringComparison.Ordinal)));
    }

    private static string Reason(Exception e) => e switch
    {
        BooleanQuery.TooManyClausesException => "it expands to too many terms",
        ArgumentException => "it contains an invalid pattern",
        _ => e.Message.Split('\n')[0].Split(": Encountered", 2)[0].Split(". Was expecting", 2)[0].Trim(),
    };
}
