using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// The classic Lucene query parser with user-facing field names routed to schema fields: a bare
/// word searches every language and exact field (title boosted) as one disjunction, so a word
/// shared by English and Spanish finds articles in either; <c>title:</c>, <c>author:</c>,
/// <c>outlet:</c> and <c>body:</c> search their own fields; prefixes and wildcards go to the
/// unstemmed fields only. A quoted phrase that is a crime-concept term also searches the concept's
/// terms in the other languages when an expander is given; a phrase's slop stays below the position gap
/// between sentences. A prefix, wildcard or fuzzy word outside
/// <see cref="SearchLimits"/> throws <see cref="QueryLimitException"/> before Lucene builds it. Not thread-safe (QueryParser keeps
/// state): create one per parse.
/// </summary>
internal sealed class FieldRoutingQueryParser : QueryParser
{
    public const string AllText = "_text";
    private const float TieBreaker = 0.1f;

    private static readonly Dictionary<string, IReadOnlyDictionary<string, float>> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        [AllText] = ArticleSchema.DefaultFields,
        ["title"] = ArticleSchema.TitleFields.ToDictionary(f => f, _ => 1f),
        ["body"] = ArticleSchema.BodyFields.ToDictionary(f => f, _ => 1f),
        ["text"] = ArticleSchema.BodyFields.ToDictionary(f => f, _ => 1f),
        ["author"] = new Dictionary<string, float> { [ArticleSchema.Author] = 1f },
        ["outlet"] = new Dictionary<string, float> { [ArticleSchema.Outlet] = 1f },
    };

    private static readonly HashSet<string> Unstemmed = [ArticleSchema.TitleExact, ArticleSchema.BodyExact, ArticleSchema.Author, ArticleSchema.Outlet];

    private static readonly HashSet<string> ConcreteFields =
        [.. ArticleSchema.DefaultFields.Keys, ArticleSchema.Author, ArticleSchema.Outlet];

    private readonly List<UserMessage> _notices;
    private readonly ConceptExpansion? _expander;
    private readonly float _titleBoost;
    private int _patterns;

    public FieldRoutingQueryParser(Analyzer analyzer, List<UserMessage> notices, ConceptExpansion? expander, float titleBoost) : base(LuceneDefaults.Version, AllText, analyzer)
    {
        _notices = notices;
        _expander = expander;
        _titleBoost = titleBoost;
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
        // Lucene's default (constant-score auto rewrite) first gathers up to 350 terms with their states in every
        // segment, then, past that, enumerates them all again into a bit set; the scores are the same constant
        // either way, so go straight to the bit set (one enumeration per field and segment).
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE;
    }

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted) =>
        Route(field, queryText, stemmedToo: true, f => base.GetFieldQuery(f, queryText, quoted));

    /// <summary>A bare word as the parser reads it in the default field: every language and exact field.</summary>
    public Query? WordQuery(string word) => GetFieldQuery(AllText, word, quoted: false);

    /// <summary>Words as a phrase in every language and exact field, as the parser reads them quoted.</summary>
    public Query? PhraseQuery(string words) => GetFieldQuery(AllText, words, slop: 0);

    // The parser builds every quoted phrase through this overload, with the default slop of 0. A larger slop than
    // SentenceBreaks.MaxSlop could reach across the position gap between sentences.
    protected override Query? GetFieldQuery(string field, string queryText, int slop)
    {
        slop = Math.Min(slop, SentenceBreaks.MaxSlop);
        var query = Route(field, queryText, stemmedToo: true, f => base.GetFieldQuery(f, queryText, slop));
        return field == AllText && _expander?.FindPhrase(queryText) is { } concept
            ? _expander.Expand(query, concept, Analyzer, _notices)
            : query;
    }

    // Patterns are checked before the base parser builds them: a WildcardQuery determinizes its automaton in its constructor.
    protected override Query? GetPrefixQuery(string field, string termStr)
    {
        PatternLimits.CheckCount(++_patterns);
        PatternLimits.CheckWildcard(termStr + "*");
        return Route(field, termStr, stemmedToo: false, f => base.GetPrefixQuery(f, Folding.Fold(termStr)));
    }

    protected override Query? GetWildcardQuery(string field, string termStr)
    {
        PatternLimits.CheckCount(++_patterns);
        PatternLimits.CheckWildcard(termStr);
        return Route(field, termStr, stemmedToo: false, f => base.GetWildcardQuery(f, Folding.Fold(termStr)));
    }

    protected override Query? GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        PatternLimits.CheckCount(++_patterns);
        PatternLimits.CheckFuzzy(termStr);
        return Route(field, termStr, stemmedToo: false, f => base.GetFuzzyQuery(f, Folding.Fold(termStr), minSimilarity));
    }

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("regular expressions are not supported");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        throw new ParseException("range queries are not supported; use the year filter");

    private Query? Route(string field, string text, bool stemmedToo, Func<string, Query?> build)
    {
        // The base parser calls back into the overridden methods with the concrete field names it was given.
        if (ConcreteFields.Contains(field)) return build(field);
        if (!Groups.TryGetValue(field, out var fields))
        {
            _notices.Add(UserMessage.Of(MessageKeys.QueryUnknownField, field, text));
            fields = ArticleSchema.DefaultFields;
        }
        var disjunction = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (name, boost) in fields)
        {
            if (!stemmedToo && !Unstemmed.Contains(name)) continue;
            if (build(name) is not { } query) continue;
            query.Boost = ReferenceEquals(fields, ArticleSchema.DefaultFields) && ArticleSchema.TitleFields.Contains(name) ? _titleBoost : boost;
            disjunction.Add(query);
        }
        return disjunction.Disjuncts.Count switch
        {
            0 => null,
            1 => disjunction.Disjuncts[0],
            _ => disjunction,
        };
    }
}
