using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

/// <summary>A second, real ranking model for the runner tests: titles only, classic query parser, TF-IDF.</summary>
internal sealed class TitleOnlyModel : IRetrievalModel
{
    public string Name => "title-only";

    public Similarity Similarity { get; } = new DefaultSimilarity();

    public Analyzer CreateAnalyzer() => new StandardAnalyzer(LuceneDefaults.Version);

    public IEnumerable<IIndexableField> CreateFields(EvalDocument document) =>
        [new TextField("title", document.Title ?? "", Field.Store.NO)];

    public Query CreateQuery(string topicText, Analyzer analyzer) =>
        new QueryParser(LuceneDefaults.Version, "title", analyzer).Parse(QueryParserBase.Escape(topicText));
}
