using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// Parses what a researcher types. Plain words (no operators, quotes or fields) are ranked by
/// <see cref="QueryPolicy"/>: up to three content words are all required, a longer query ranks
/// documents by the words they contain (with a notice), and words near each other score higher.
/// Otherwise the classic syntax applies: words ANDed, "phrases", OR, -exclusion, prefix*, and
/// title:/author:/outlet: fields. A crime concept named by the words or by a quoted phrase
/// ("drug trafficking", "trata de personas") is searched as that term (a phrase) or through its terms in the other
/// languages, scored below native matches (<see cref="ExpansionQuery"/>), with a notice naming them and the added
/// terms as data; <c>expand: false</c> turns that off.
/// Malformed input never throws: it is repaired, or else falls back to the plain words, with a notice. A query over
/// <see cref="SearchLimits"/>' pattern bounds falls back to the plain words and reports the bound it broke (the API refuses it). Thread-safe
/// (a fresh Lucene parser per call; the analyzer and the concept index are shared read-only).
/// </summary>
public sealed class UserQueryParser
{
    private readonly Analyzer _analyzer = ArticleSchema.CreateAnalyzer();
    private readonly QueryPolicy _policy;
    private readonly ConceptExpander _expander;

    public UserQueryParser()
        : this(QueryPolicy.Default)
    {
    }

    public UserQueryParser(QueryPolicy policy)
    {
        _policy = policy;
        _expander = new ConceptExpander(CrimeTaxonomy.LoadDefault(), policy.ExpansionBoost, policy.TitleBoost);
    }

    /// <summary>
    /// Parses <paramref name="text"/>. With <paramref name="reader"/>, the index terms its prefix, wildcard and fuzzy
    /// words expand to are counted first (at most <see cref="SearchLimits.MaxExpandedTerms"/>); a query over that
    /// bound, or with a word outside the pattern bounds, falls back to its plain words with a notice and carries the
    /// reason in <see cref="ParsedQuery.Problem"/>. Concept terms in <paramref name="exclude"/> are not added; the
    /// terms that are come back in <see cref="ParsedQuery.Added"/>. A query the syntax cannot read is repaired (<see cref="QueryRepair"/>:
    /// the open quote closed, dangling operators dropped) and answered as repaired, with a notice naming the query
    /// searched; failing that, its plain words are searched. The parser's own message is never shown.
    /// </summary>
    public ParsedQuery Parse(string? text, bool expand = true, IndexReader? reader = null, IEnumerable<string>? exclude = null)
    {
        var parsed = Parse(text, expand ? new ConceptExpansion(_expander, exclude) : null, reader);
        return parsed with { Added = ExpansionQuery.AddedTerms(parsed.Query) };
    }

    private ParsedQuery Parse(string? text, ConceptExpansion? expander, IndexReader? reader)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*")
        {
            return new ParsedQuery(new MatchAllDocsQuery(), [], IsEmpty: true);
        }
        if (TryParse(text, expander, reader) is { } parsed) return parsed;
        if (QueryRepair.Repair(text) is { Length: > 0 } repaired && TryParse(repaired, expander, reader) is { } fixedQuery)
        {
            return fixedQuery with { Notices = [UserMessage.Of(MessageKeys.QueryRepaired, repaired), .. fixedQuery.Notices] };
        }
        var notices = new List<UserMessage>();
        var words = PlainWords(text);
        notices.Add(words.Length == 0 ? UserMessage.Of(MessageKeys.QueryNoWords) : UserMessage.Of(MessageKeys.QueryPlainWords, words));
        var query = words.Length == 0 ? new BooleanQuery() : Plain(words, expander, notices);
        return new ParsedQuery(query, notices, IsEmpty: false);
    }

    /// <summary>The query as typed, or its plain words when it breaks a bound; null when the syntax cannot read it.</summary>
    private ParsedQuery? TryParse(string text, ConceptExpansion? expander, IndexReader? reader)
    {
        var notices = new List<UserMessage>();
        if (PlainQuerySyntax.IsPlain(text))
        {
            return new ParsedQuery(Plain(text, expander, notices), notices, IsEmpty: false);
        }
        try
        {
            var query = new FieldRoutingQueryParser(_analyzer, notices, expander, _policy.TitleBoost).Parse(text) ?? new BooleanQuery();
            if (reader is not null && TermExpansion.Count(reader, query, SearchLimits.MaxExpandedTerms) > SearchLimits.MaxExpandedTerms)
            {
                return OverLimit(text, PatternLimits.TooManyTerms(text), expander);
            }
            return new ParsedQuery(query, notices, IsEmpty: false);
        }
        catch (QueryLimitException e)
        {
            return OverLimit(text, e.Problem, expander);
        }
        // ArgumentException: Lucene's automaton and term builders reject some inputs after parsing succeeded.
        catch (Exception e) when (e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException)
        {
            return null;
        }
    }

    private ParsedQuery OverLimit(string text, LimitProblem problem, ConceptExpansion? expander)
    {
        var words = PlainWords(text);
        List<UserMessage> notices = [words.Length == 0
            ? UserMessage.Of(MessageKeys.QueryLimitNoWords, problem.Reason)
            : UserMessage.Of(MessageKeys.QueryLimitWords, problem.Reason, words)];
        var query = words.Length == 0 ? new BooleanQuery() : Plain(words, expander, notices);
        return new ParsedQuery(query, notices, IsEmpty: false) { Problem = problem };
    }

    private Query Plain(string text, ConceptExpansion? expander, List<UserMessage> notices) =>
        new PlainQueryBuilder(_analyzer, _policy, expander, notices).Build(PlainQuerySyntax.Words(text));

    private static string PlainWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !PlainQuerySyntax.IsOperator(w)));
    }
}
