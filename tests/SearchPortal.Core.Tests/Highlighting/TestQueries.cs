using SearchPortal.Core.Analysis;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>
/// Builds queries shaped like the portal's parser output from a compact test syntax:
/// <c>word</c> (MUST), <c>-word</c> (MUST_NOT), <c>?word</c> (SHOULD), <c>"a phrase"</c>,
/// <c>^0.3</c> boost suffix, <c>minin*</c> prefix, <c>title:word</c>, <c>author:name</c>,
/// <c>lang:es</c> filter, <c>*:*</c> match-all. A word or phrase becomes a DisjunctionMaxQuery of
/// Term/PhraseQuery over the default fields, each analysed with that field's analyzer.
/// </summary>
public static partial class TestQueries
{
    private static readonly Analyzer Analyzer = ArticleSchema.CreateAnalyzer();

    public static Query Parse(string text)
    {
        if (text == "*:*") return new MatchAllDocsQuery();
        var query = new BooleanQuery();
        foreach (Match token in Token().Matches(text))
        {
            var occur = token.Groups["occur"].Value switch { "-" => Occur.MUST_NOT, "?" => Occur.SHOULD, _ => Occur.MUST };
            var clause = Clause(token.Groups["field"].Value, token.Groups["body"].Value.Trim('"'));
            if (token.Groups["boost"].Success) clause.Boost = float.Parse(token.Groups["boost"].Value, System.Globalization.CultureInfo.InvariantCulture);
            query.Add(clause, occur);
        }
        return query;
    }

    private static Query Clause(string field, string body)
    {
        switch (field)
        {
            case "author":
                return new TermQuery(new Term(ArticleSchema.Author, body.ToLowerInvariant()));
            case "lang":
                return new ConstantScoreQuery(new TermQuery(new Term(ArticleSchema.Language, body)));
        }
        if (body.EndsWith('*'))
        {
            var prefix = Analyze(ArticleSchema.BodyExact, body.TrimEnd('*'))[0].Term;
            var fields = field == "title" ? [ArticleSchema.TitleExact] : new[] { ArticleSchema.TitleExact, ArticleSchema.BodyExact };
            var prefixes = new DisjunctionMaxQuery(0.1f);
            foreach (var name in fields) prefixes.Add(new PrefixQuery(new Term(name, prefix)));
            return prefixes;
        }
        var dismax = new DisjunctionMaxQuery(0.1f);
        foreach (var (name, boost) in ArticleSchema.DefaultFields)
        {
            if (field == "title" && !ArticleSchema.TitleFields.Contains(name)) continue;
            var tokens = Analyze(name, body);
            if (tokens.Count == 0) continue;
            Query disjunct;
            if (tokens.Count == 1)
            {
                disjunct = new TermQuery(new Term(name, tokens[0].Term));
            }
            else
            {
                var phrase = new PhraseQuery();
                foreach (var (term, position) in tokens) phrase.Add(new Term(name, term), position);
                disjunct = phrase;
            }
            disjunct.Boost = boost;
            dismax.Add(disjunct);
        }
        return dismax;
    }

    private static List<(string Term, int Position)> Analyze(string field, string text) => AnalyzedTerms.Of(Analyzer, field, text);

    [GeneratedRegex("""(?<occur>[-?]?)(?:(?<field>title|author|lang):)?(?<body>"[^"]*"|[^\s"^]+)(?:\^(?<boost>[0-9.]+))?""")]
    private static partial Regex Token();
}
